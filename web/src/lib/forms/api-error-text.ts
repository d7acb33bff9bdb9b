import type { ApiError } from '../apollo/graphql-errors';
import type { Messages } from '../i18n/messages.en';

/** A sentence for a snackbar or a form alert. */
export const apiErrorText = (error: ApiError, t: Messages): string => {
  if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds) {
    return t.retryAfter(Math.max(1, Math.ceil(error.retryAfterSeconds / 60)));
  }
  if (error.code === 'FORBIDDEN' || error.code === 'CONFLICT') {
    // The server's sentence says which rule was hit; it is English only.
    return error.fields.length
      ? t.errors[error.code]
      : `${t.errors[error.code]} (${error.message})`;
  }
  return t.errors[error.code];
};
