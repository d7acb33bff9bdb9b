import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { WebhookEventType } from '@casella/shared';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one endpoint: the exact body, sent (and signed afresh) at each
 * attempt until the receiver accepts it or the schedule runs out.
 */
@Entity({ tableName: 'webhook_deliveries' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
// An event fanned out twice (the outbox delivers at least once) still makes one delivery.
@Unique({ properties: ['endpoint', 'messageId'] })
export class WebhookDeliveryEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('webhookDelivery');

  @ManyToOne(() => WebhookEndpointEntity, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpointEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  /** The `webhook-id` header: the same on every attempt, so receivers can drop repeats. */
  @Property({ type: 'string', length: 32 })
  messageId!: string;

  @Property({ type: 'string', length: 100 })
  eventType!: WebhookEventType;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 16 })
  status: WebhookDeliveryStatus = 'PENDING';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
