import { codeForMessage, FIELD_ERROR_CODES, type FieldErrorCode } from '@casella/shared';
import type { FieldError as FormFieldError } from 'react-hook-form';
import type { Messages } from '../i18n/messages.en';

const isCode = (v: unknown): v is FieldErrorCode =>
  typeof v === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(v);

/**
 * The translated text of a form error. Server errors carry their code as the
 * error type; zod errors carry the shared English message, which maps to a code.
 */
export const fieldErrorText = (
  error: Pick<FormFieldError, 'type' | 'message'> | undefined,
  t: Messages,
): string | undefined => {
  if (!error) return undefined;
  const code = isCode(error.type)
    ? error.type
    : error.message
      ? codeForMessage(error.message)
      : undefined;
  if (!code) return error.message || t.fieldErrors.INVALID_VALUE;
  const limit = /\d+/.exec(error.message ?? '')?.[0];
  if (limit && (code === 'TOO_SHORT' || code === 'TOO_LONG'))
    return t.fieldLength[code](Number(limit));
  return t.fieldErrors[code];
};
