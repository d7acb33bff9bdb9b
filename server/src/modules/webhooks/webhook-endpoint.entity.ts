import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { WebhookEventType } from '@casella/shared';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** Why an endpoint is off: switched off by a person, or by its receiver's `410 Gone`. */
export const WEBHOOK_DISABLED_REASONS = ['MANUAL', 'GONE'] as const;
export type WebhookDisabledReason = (typeof WEBHOOK_DISABLED_REASONS)[number];

/** A customer's URL that receives the events it subscribed to, signed with its secret. */
@Entity({ tableName: 'webhook_endpoints' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class WebhookEndpointEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('webhookEndpoint');

  @ManyToOne(() => OrganisationEntity, { deleteRule: 'cascade' })
  organisation!: OrganisationEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Property({ type: 'string', length: 200 })
  description: string = '';

  @Property({ type: 'json' })
  eventTypes: WebhookEventType[] = [];

  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Property({ type: 'string', length: 32, nullable: true })
  disabledReason?: WebhookDisabledReason | null;

  /** The `whsec_…` signing secret, sealed by the SecretBox (never stored in clear). */
  @Property({ type: 'text', hidden: true })
  secretSealed!: string;

  @Property({ type: 'datetime' })
  secretRotatedAt: Date = new Date();

  /** The latest attempt's outcome, kept here so the endpoint list needs no join. */
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  @Property({ type: 'boolean', nullable: true })
  lastAttemptSucceeded?: boolean | null;

  @Property({ type: 'integer', nullable: true })
  lastResponseCode?: number | null;
}
