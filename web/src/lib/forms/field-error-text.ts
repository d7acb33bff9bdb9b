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
  if (isCode(error.type)) return t.fieldErrors[error.type];
  const code = error.message ? codeForMessage(error.message) : undefined;
  if (code) return t.fieldErrors[code];
  return error.message || t.fieldErrors.INVALID_VALUE;
};
