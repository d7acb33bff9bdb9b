import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** A named preset of domain limits and services, owned by a reseller or the platform. */
@Entity({ tableName: 'domain_profiles' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class DomainProfileEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('domainProfile');

  @ManyToOne(() => OrganisationEntity, { deleteRule: 'cascade' })
  owner!: OrganisationEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 80 })
  name!: string;

  @Property({ type: 'integer', nullable: true })
  maxMailboxes?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxQuotaGb?: number | null;

  @Property({ type: 'integer' })
  defaultQuotaGb: number = 8;

  @Property({ type: 'boolean' })
  popEnabled: boolean = true;

  @Property({ type: 'boolean' })
  imapEnabled: boolean = true;

  @Property({ type: 'boolean' })
  smtpEnabled: boolean = true;

  @Property({ type: 'boolean' })
  webmailEnabled: boolean = true;
}
