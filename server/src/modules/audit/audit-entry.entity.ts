import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';

/**
 * One change made through the panel or the API. Actor details are copied, not
 * referenced, so the trail survives the deletion of the people and objects in it.
 */
@Entity({ tableName: 'audit_entries' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
@Index({ properties: ['tenantPath', 'createdAt'] })
export class AuditEntryEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('auditEntry');

  /** Path of the organisation that owns the changed object. */
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 40 })
  objectType!: string;

  @Index()
  @Property({ type: 'string', length: 32 })
  objectId!: string;

  @Property({ type: 'string', length: 255 })
  objectLabel!: string;

  @Index()
  @Property({ type: 'string', length: 32, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 120 })
  actorLabel!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  actingAsId?: string | null;

  @Property({ type: 'string', length: 120, nullable: true })
  actingAsLabel?: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  apiTokenId?: string | null;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
