import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FIELD_ERROR_CODES, type FieldError, type FieldErrorCode } from '@casella/shared';

/** The error codes the API promises in `extensions.code`. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'RATE_LIMITED',
  'CSRF_FAILED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK_ERROR';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  fields: FieldError[];
  retryAfterSeconds?: number;
}

const isFieldErrorCode = (v: unknown): v is FieldErrorCode =>
  typeof v === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(v);

const toFieldErrors = (raw: unknown): FieldError[] => {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, code, message } = item as Record<string, unknown>;
    if (typeof field !== 'string') return [];
    return [
      {
        field,
        code: isFieldErrorCode(code) ? code : 'INVALID_VALUE',
        message: typeof message === 'string' ? message : '',
      },
    ];
  });
};

/** Reads the first GraphQL error into the shape forms and snackbars use. */
export const toApiError = (error: unknown): ApiError => {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = (API_ERROR_CODES as readonly string[]).includes(String(ext.code))
      ? (ext.code as ApiErrorCode)
      : 'INTERNAL_SERVER_ERROR';
    return {
      code,
      message: first?.message ?? '',
      fields: toFieldErrors(ext.fields),
      retryAfterSeconds:
        typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    };
  }
  return {
    code: 'NETWORK_ERROR',
    message: error instanceof Error ? error.message : String(error),
    fields: [],
  };
};

export const hasErrorCode = (error: unknown, code: ApiErrorCode): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
