import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { VerifiableEntity } from '../domains/verification/verifiable.entity.js';

/**
 * Another name for a domain: inherits all its mailboxes, aliases and forwards;
 * free and unlimited; verified like a domain; may be internationalised.
 */
@Entity({ tableName: 'domain_aliases' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class DomainAliasEntity extends VerifiableEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('domainAlias');

  @ManyToOne(() => DomainEntity, { deleteRule: 'cascade' })
  domain!: DomainEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;
}
