import type { Orm } from '../db/orm.js';
import { scopedEm, systemEm } from '../db/orm.js';
import type { AuthService, RequestCredentials } from '../../modules/auth/auth.service.js';
import type { GraphQLContext } from '../graphql/context.js';

export interface ContextFactoryDeps {
  orm: Orm;
  auth: AuthService;
}

/** Authenticates once, then scopes a fresh EntityManager to what the caller may see. */
export const buildContext = async (
  deps: ContextFactoryDeps,
  creds: RequestCredentials,
  meta: Pick<GraphQLContext, 'ip' | 'userAgent' | 'secureRequest' | 'setCookie' | 'clearCookie'>,
): Promise<GraphQLContext> => {
  const viewer = await deps.auth.authenticate(systemEm(deps.orm), creds);
  const paths = viewer?.scopePaths ?? [];
  return {
    ...meta,
    viewer,
    em: scopedEm(deps.orm, paths),
    forkEm: () => scopedEm(deps.orm, paths),
  };
};
