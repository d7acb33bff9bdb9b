import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What Apollo Client rejects with when the API answers with an error. */
export const graphQLError = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extra } }] });
