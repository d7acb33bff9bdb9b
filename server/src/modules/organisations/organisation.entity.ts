import { Entity, Filter, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Language, OrganisationKind, OrganisationStatus } from '@casella/shared';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';

/** The platform, a reseller or a customer: one node of the tenant tree. */
@Entity({ tableName: 'organisations' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class OrganisationEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('organisation');

  @Property({ type: 'string', length: 32 })
  kind!: OrganisationKind;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 32 })
  status: OrganisationStatus = 'ACTIVE';

  @Property({ type: 'string', length: 254 })
  contactEmail!: string;

  @Property({ type: 'string', length: 5 })
  language: Language = 'it';

  @ManyToOne(() => OrganisationEntity, { nullable: true, deleteRule: 'restrict' })
  parent?: OrganisationEntity | null;

  /** `/<platform>/<reseller>/<customer>/`: the subtree this node roots. */
  @Property({ type: 'string', length: 255, unique: true })
  tenantPath!: string;

  /** Plan limits set by the parent; null means unlimited. A reseller's cap its whole pool. */
  @Property({ type: 'integer', nullable: true })
  maxDomains?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxMailboxes?: number | null;

  /** While in the future the organisation is on a free trial (no catch-all). */
  @Property({ type: 'datetime', nullable: true })
  trialEndsAt?: Date | null;
}
