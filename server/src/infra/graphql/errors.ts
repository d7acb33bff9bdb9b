import { GraphQLError } from 'graphql';
import type { ZodError } from 'zod';
import { toFieldErrors, type FieldError, type FieldErrorCode } from '@casella/shared';

/** Codes clients may switch on; anything else reaches them as INTERNAL_SERVER_ERROR. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'RATE_LIMITED',
  'CSRF_FAILED',
  'QUERY_TOO_COMPLEX',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const err = (
  message: string,
  code: ErrorCode,
  extra: Record<string, unknown> = {},
  status?: number,
) =>
  new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });

export const unauthenticated = (message = 'Please sign in.') =>
  err(message, 'UNAUTHENTICATED', {}, 401);

export const forbidden = (message = 'You are not allowed to do this.') => err(message, 'FORBIDDEN');

/** The one answer for "does not exist" and "is not yours": they must look the same. */
export const notFound = (objectType: string) =>
  err(`${objectType} not found.`, 'NOT_FOUND', { objectType });

export const conflict = (message: string, field?: string, code: FieldErrorCode = 'TAKEN') =>
  err(message, 'CONFLICT', field ? { fields: [{ field, code, message }] } : {});

/** A change the object's current state does not allow; `extensions.state` names that state. */
export const stateConflict = (message: string, state: string) =>
  err(message, 'CONFLICT', { state });

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  err(message, 'RATE_LIMITED', { retryAfterSeconds }, 429);

export const csrfFailed = () =>
  err(
    'Missing or wrong CSRF token: send the x-csrf-token header with the value of the casella_csrf cookie.',
    'CSRF_FAILED',
    {},
    403,
  );

export const queryTooComplex = (message: string) => err(message, 'QUERY_TOO_COMPLEX', {}, 400);

export const validationFailed = (fields: FieldError[]) =>
  err(
    fields.length === 1
      ? `${fields[0]!.field}: ${fields[0]!.message}`
      : 'Some fields are not valid.',
    'VALIDATION_FAILED',
    { fields },
    400,
  );

export const fromZodError = (error: ZodError, prefix = '') =>
  validationFailed(toFieldErrors(error, prefix));

export const invalidId = (field: string) =>
  validationFailed([{ field, code: 'INVALID_ID', message: 'Not a valid ID' }]);
