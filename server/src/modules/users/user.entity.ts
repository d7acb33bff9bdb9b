import {
  Collection,
  Entity,
  Filter,
  Index,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import type { Language, Permission, UserRole } from '@casella/shared';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DomainEntity } from '../domains/domain.entity.js';

/** A panel login: an organisation's admin, a team member or a reseller's manager. */
@Entity({ tableName: 'users' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class UserEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('user');

  @ManyToOne(() => OrganisationEntity, { deleteRule: 'cascade' })
  organisation!: OrganisationEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 64, unique: true })
  login!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 32 })
  role!: UserRole;

  @Property({ type: 'json' })
  permissions: Permission[] = [];

  @Property({ type: 'string', length: 5, nullable: true })
  language?: Language | null;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  /** Customers a manager acts on (DESIGN §2). */
  @ManyToMany({
    entity: () => OrganisationEntity,
    pivotTable: 'user_customer_grants',
    joinColumn: 'user_id',
    inverseJoinColumn: 'organisation_id',
  })
  grantedCustomers = new Collection<OrganisationEntity>(this);

  /** Single domains a manager acts on, without the rest of their customer. */
  @ManyToMany({
    entity: () => DomainEntity,
    pivotTable: 'user_domain_grants',
    joinColumn: 'user_id',
    inverseJoinColumn: 'domain_id',
  })
  grantedDomains = new Collection<DomainEntity>(this);
}
