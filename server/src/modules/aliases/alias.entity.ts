import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { DomainEntity } from '../domains/domain.entity.js';

/** An address that delivers to one or more destinations; free of charge. */
@Entity({ tableName: 'aliases' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class AliasEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('alias');

  @ManyToOne(() => DomainEntity, { deleteRule: 'cascade' })
  domain!: DomainEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 64 })
  localPart!: string;

  @Property({ type: 'string', length: 320, unique: true })
  address!: string;

  @Property({ type: 'json' })
  destinations: string[] = [];
}
