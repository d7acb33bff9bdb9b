import type { EntityManager } from '../../infra/db/orm.js';
import { DomainAliasEntity } from '../domain-aliases/domain-alias.entity.js';
import { DomainEntity } from './domain.entity.js';

/** Platform-wide, on purpose without tenant scope: a name (domain or alias) belongs to one customer only. */
export const nameTaken = async (em: EntityManager, name: string): Promise<boolean> =>
  (await em.count(DomainEntity, { name }, { filters: false })) > 0 ||
  (await em.count(DomainAliasEntity, { name }, { filters: false })) > 0;
