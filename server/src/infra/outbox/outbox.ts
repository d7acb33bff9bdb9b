import type { EntityManager } from '../db/orm.js';
import type { MailMessage } from '../mailer/mailer.js';
import type { WebhookOutboxPayload } from '../../modules/webhooks/webhook-event.emitter.js';
import { OutboxEventEntity } from './outbox-event.entity.js';

/** Every outbox topic and its payload. */
export interface OutboxTopics {
  'email.send': MailMessage;
  'webhook.event': WebhookOutboxPayload;
}
export type OutboxTopic = keyof OutboxTopics;

/**
 * Adds an event to the caller's unit of work: it is committed by the same flush
 * as the change it describes, or not at all.
 */
export const enqueueOutbox = <T extends OutboxTopic>(
  em: EntityManager,
  topic: T,
  payload: OutboxTopics[T],
): OutboxEventEntity => {
  const event = new OutboxEventEntity();
  event.topic = topic;
  event.payload = { ...payload } as unknown as Record<string, unknown>;
  em.persist(event);
  return event;
};
