import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { ApiTokenScope } from '@casella/shared';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { UserEntity } from '../users/user.entity.js';

/** A partner's API token; only the SHA-256 of its secret is kept. */
@Entity({ tableName: 'api_tokens' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class ApiTokenEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('apiToken');

  @ManyToOne(() => UserEntity, { deleteRule: 'cascade' })
  owner!: UserEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  /** First characters of the token, shown so people can tell tokens apart. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  secretHash!: string;

  @Property({ type: 'json' })
  scopes: ApiTokenScope[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
