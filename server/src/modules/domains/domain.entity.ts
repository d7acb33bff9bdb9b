import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { VerifiableEntity } from './verification/verifiable.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** A real domain of a customer: the part after `@` its mailboxes live on. */
@Entity({ tableName: 'domains' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class DomainEntity extends VerifiableEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('domain');

  @ManyToOne(() => OrganisationEntity, { deleteRule: 'cascade' })
  organisation!: OrganisationEntity;

  /** The customer's path plus this domain: grants on a single domain match it. */
  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;
}

export {
  DOMAIN_STATES,
  type DnsCheckResult,
  type DomainState,
} from './verification/verifiable.entity.js';
