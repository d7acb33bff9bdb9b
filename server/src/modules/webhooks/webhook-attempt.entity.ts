import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

/** One HTTP request of a delivery, as the endpoint's delivery log shows it. */
@Entity({ tableName: 'webhook_attempts' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
@Index({ properties: ['endpoint', 'createdAt'] })
export class WebhookAttemptEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('webhookAttempt');

  @ManyToOne(() => WebhookDeliveryEntity, { deleteRule: 'cascade' })
  delivery!: WebhookDeliveryEntity;

  @ManyToOne(() => WebhookEndpointEntity, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpointEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  /** 1 for the first try. */
  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'boolean' })
  succeeded!: boolean;

  @Property({ type: 'integer', nullable: true })
  responseCode?: number | null;

  @Property({ type: 'integer' })
  latencyMs!: number;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
