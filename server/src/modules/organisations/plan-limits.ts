import type { EntityManager } from '../../infra/db/orm.js';
import { conflict } from '../../infra/graphql/errors.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { pathIds } from '../auth/viewer-builder.js';

export type PlanResource = 'domains' | 'mailboxes';

const countUnder = (
  em: EntityManager,
  resource: PlanResource,
  tenantPath: string,
): Promise<number> =>
  resource === 'domains'
    ? em.count(DomainEntity, { tenantPath: { $like: `${tenantPath}%` } }, { filters: false })
    : em.count(
        MailboxEntity,
        { tenantPath: { $like: `${tenantPath}%` }, isPostmaster: false },
        { filters: false },
      );

/**
 * The first plan limit that one more resource under `customer` would exceed —
 * the customer's own, then each reseller's pool above it — or null.
 */
export const exceededLimit = async (
  em: EntityManager,
  customer: OrganisationEntity,
  resource: PlanResource,
): Promise<{ organisation: OrganisationEntity; limit: number } | null> => {
  const chain = await em.find(
    OrganisationEntity,
    { id: { $in: pathIds(customer.tenantPath) } },
    { filters: false },
  );
  // Nearest first: the customer, then its reseller.
  chain.sort((a, b) => b.tenantPath.length - a.tenantPath.length);
  for (const org of chain) {
    const limit = resource === 'domains' ? org.maxDomains : org.maxMailboxes;
    if (limit === null || limit === undefined) continue;
    if ((await countUnder(em, resource, org.tenantPath)) >= limit)
      return { organisation: org, limit };
  }
  return null;
};

/** Refuses with a CONFLICT naming the limit, as the panel and the API do. */
export const assertWithinPlan = async (
  em: EntityManager,
  customer: OrganisationEntity,
  resource: PlanResource,
): Promise<void> => {
  const hit = await exceededLimit(em, customer, resource);
  if (!hit) return;
  const whose =
    hit.organisation.id === customer.id ? 'the plan' : `${hit.organisation.name}'s pool`;
  throw conflict(
    `The limit of ${hit.limit} ${resource} of ${whose} is reached. Upgrade the plan or remove some first.`,
  );
};

/** How many more of `resource` the plans above `customer` allow; null when none limits it. */
export const planRoom = async (
  em: EntityManager,
  customer: OrganisationEntity,
  resource: PlanResource,
): Promise<number | null> => {
  const chain = await em.find(
    OrganisationEntity,
    { id: { $in: pathIds(customer.tenantPath) } },
    { filters: false },
  );
  let room: number | null = null;
  for (const org of chain) {
    const limit = resource === 'domains' ? org.maxDomains : org.maxMailboxes;
    if (limit === null || limit === undefined) continue;
    const left = Math.max(0, limit - (await countUnder(em, resource, org.tenantPath)));
    room = room === null ? left : Math.min(room, left);
  }
  return room;
};
