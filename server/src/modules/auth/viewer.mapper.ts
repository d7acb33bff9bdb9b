import type { EntityManager } from '../../infra/db/orm.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { toOrganisationType } from '../organisations/organisation.type.js';
import { isImpersonating, type Viewer } from './viewer.js';
import { ViewerType } from './viewer.type.js';

/** The GraphQL view of the caller; its own organisations are always readable to it. */
export const toViewerType = async (em: EntityManager, viewer: Viewer): Promise<ViewerType> => {
  const orgs = await em.find(
    OrganisationEntity,
    { id: { $in: [viewer.organisation.id, viewer.actingAs.id] } },
    { filters: false },
  );
  const own = orgs.find((o) => o.id === viewer.organisation.id)!;
  const acting = orgs.find((o) => o.id === viewer.actingAs.id)!;
  return Object.assign(new ViewerType(), {
    id: viewer.userId,
    kind: viewer.kind,
    login: viewer.login,
    name: viewer.name,
    role: viewer.role,
    permissions: [...viewer.permissions],
    organisation: toOrganisationType(own),
    actingAs: toOrganisationType(acting),
    impersonation: isImpersonating(viewer)
      ? {
          organisation: toOrganisationType(acting),
          startedAt: viewer.impersonationStartedAt ?? new Date(),
        }
      : null,
    authenticatedBy: viewer.credential.kind,
    scopes:
      viewer.credential.kind === 'API_TOKEN' ? [...viewer.credential.scopes] : ['READ', 'WRITE'],
  });
};
