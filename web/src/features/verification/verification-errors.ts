import type { FieldError } from 'react-hook-form';
import type { ApiError } from '../../lib/apollo/graphql-errors';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import type { Messages } from '../../lib/i18n/messages.en';

type FormError = Pick<FieldError, 'type' | 'message'>;

// The server's English sentences, matched to say the same in the panel's language.
const DNS_ERRORS = [
  [/^No A record found/, 'notFound'],
  [/did not answer in time/, 'timeout'],
  [/^DNS lookup failed/, 'failed'],
] as const;

/** What the last DNS check could not find, in plain words. */
export const dnsErrorText = (lastError: string, t: Messages): string => {
  const known = DNS_ERRORS.find(([re]) => re.test(lastError));
  return known ? t.verification.dnsErrors[known[1]] : lastError;
};

/** The code field's error: wrong (with the attempts left), expired, none pending, malformed. */
export const codeErrorText = (error: FormError | undefined, t: Messages): string | undefined => {
  if (!error) return undefined;
  const message = error.message ?? '';
  const left = /\((\d+) attempts? left\)/.exec(message);
  if (left) return t.verification.wrongCode(Number(left[1]));
  if (/expired/.test(message)) return t.verification.codeExpired;
  if (/No code is pending/.test(message)) return t.verification.noCodePending;
  if (/Too many wrong codes/.test(message)) return t.verification.tooManyAttempts;
  if (error.type === 'INVALID_FORMAT' || message === 'The code has 6 digits')
    return t.verification.codeFormat;
  return fieldErrorText(error, t);
};

/** The code form's error when the server refuses without naming the field. */
export const codeApiError = (error: ApiError): FormError | undefined =>
  error.code === 'RATE_LIMITED' ? { type: 'RATE_LIMITED', message: error.message } : undefined;
