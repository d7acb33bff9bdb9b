import type { WebhookEventData, WebhookEventType } from '@casella/shared';
import { newId } from '../../infra/db/ids.js';
import type { EntityManager } from '../../infra/db/orm.js';
import { enqueueOutbox } from '../../infra/outbox/outbox.js';

/** What the outbox carries from the change to the fan-out. */
export interface WebhookOutboxPayload {
  /** The `webhook-id` every endpoint receives for this event. */
  messageId: string;
  organisationId: string;
  type: WebhookEventType;
  /** When the event happened (ISO 8601): the body's `timestamp`. */
  timestamp: string;
  data: Record<string, unknown>;
  /** A test event goes to this one endpoint, whatever it subscribed to. */
  endpointId: string | null;
}

/**
 * Emits an event to the organisation's webhook endpoints. Call it inside the
 * transaction of the change it reports (with that change's EntityManager): the
 * event is committed with it, or not at all, then delivered by the outbox to
 * every enabled endpoint subscribed to `type`. Returns the event's `webhook-id`.
 */
export const emitWebhookEvent = <T extends WebhookEventType>(
  em: EntityManager,
  organisation: { id: string },
  type: T,
  data: WebhookEventData[T],
  options: { endpointId?: string } = {},
): string => {
  const messageId = newId('webhookMessage');
  enqueueOutbox(em, 'webhook.event', {
    messageId,
    organisationId: organisation.id,
    type,
    timestamp: new Date().toISOString(),
    data: { ...data },
    endpointId: options.endpointId ?? null,
  });
  return messageId;
};
