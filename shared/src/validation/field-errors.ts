import type { ZodError } from 'zod';
import { codeForMessage, type FieldErrorCode } from './common.schema.js';

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: string;
}

/** Flatten a zod error into the (field, code, message) list the API and forms share. */
export const toFieldErrors = (error: ZodError, prefix = ''): FieldError[] =>
  error.issues.map((issue) => {
    const params =
      'params' in issue ? (issue.params as { code?: FieldErrorCode } | undefined) : undefined;
    const path = issue.path.map(String).join('.');
    return {
      field: prefix ? (path ? `${prefix}.${path}` : prefix) : path,
      code: codeForMessage(issue.message) ?? params?.code ?? fallbackCode(issue.code),
      message: issue.message,
    };
  });

const fallbackCode = (zodCode: string): FieldErrorCode => {
  switch (zodCode) {
    case 'too_small':
      return 'TOO_SHORT';
    case 'too_big':
      return 'TOO_LONG';
    case 'invalid_format':
      return 'INVALID_FORMAT';
    case 'invalid_type':
      return 'REQUIRED';
    default:
      return 'INVALID_VALUE';
  }
};
