import type { ApiTokenRowFragment } from '../../gql/graphql';

export type ApiTokenStatus = 'active' | 'revoked' | 'expired';

export const apiTokenStatus = (
  token: Pick<ApiTokenRowFragment, 'revokedAt' | 'expiresAt'>,
  now = Date.now(),
): ApiTokenStatus => {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
};
