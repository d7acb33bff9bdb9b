import type { ApiError } from '../apollo/graphql-errors';
import type { Messages } from '../i18n/messages.en';

/**
 * A sentence for a snackbar or a form alert, in the panel's language. The
 * server's own message is English only, so the code picks the sentence.
 */
export const apiErrorText = (error: ApiError, t: Messages): string => {
  if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds) {
    return t.retryAfter(Math.max(1, Math.ceil(error.retryAfterSeconds / 60)));
  }
  return t.errors[error.code];
};
