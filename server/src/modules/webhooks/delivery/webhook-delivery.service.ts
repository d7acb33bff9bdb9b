import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { WebhookEventType } from '@casella/shared';
import { systemEm, type EntityManager, type Orm } from '../../../infra/db/orm.js';
import type { JobQueue } from '../../../infra/jobs/job-runner.js';
import type { SecretBox } from '../../../infra/security/secret-box.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { NotificationSettingsService } from '../../notification-settings/notification-settings.service.js';
import type { WebhookOutboxPayload } from '../webhook-event.emitter.js';
import { WebhookAttemptEntity } from '../webhook-attempt.entity.js';
import { WebhookDeliveryEntity } from '../webhook-delivery.entity.js';
import { WebhookEndpointEntity } from '../webhook-endpoint.entity.js';
import { signWebhook } from '../webhook-signature.js';
import { webhookRetryDelayMs } from './webhook-retry.schedule.js';
import type { WebhookResponse, WebhookSender } from './webhook-sender.js';

export const WEBHOOK_ATTEMPT_JOB = 'webhooks.attempt';

/** The job itself is retried only for our own failures (the database), never for the receiver's. */
const JOB_ATTEMPTS = 3;

const isQuotaEvent = (type: WebhookEventType) => type.startsWith('mailbox.quota.');

export interface WebhookDeliveryDeps {
  orm: Orm;
  jobs: JobQueue;
  secrets: SecretBox;
  sender: WebhookSender;
  retryBaseMs: number;
  settings: NotificationSettingsService;
}

/**
 * Turns committed events into deliveries, one per endpoint that wants them, and
 * makes each delivery's attempts: signed, logged, retried on schedule, and
 * stopped for good by a `410 Gone`, which also disables the endpoint.
 */
export class WebhookDeliveryService {
  constructor(private readonly deps: WebhookDeliveryDeps) {}

  /** The outbox handler. Safe to run twice for one event: an endpoint gets it once. */
  async fanOut(event: WebhookOutboxPayload): Promise<void> {
    const em = systemEm(this.deps.orm);
    const endpoints = event.endpointId
      ? await em.find(WebhookEndpointEntity, {
          id: event.endpointId,
          organisation: event.organisationId,
        })
      : (
          await em.find(WebhookEndpointEntity, {
            organisation: event.organisationId,
            enabled: true,
          })
        ).filter((e) => e.eventTypes.includes(event.type));
    if (endpoints.length === 0) return;
    if (!event.endpointId && !(await this.wanted(em, event))) return;
    const already = await em.find(
      WebhookDeliveryEntity,
      { endpoint: { $in: endpoints }, messageId: event.messageId },
      { fields: ['endpoint'] },
    );
    const done = new Set(already.map((d) => d.endpoint.id));
    const body = JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
    for (const endpoint of endpoints) {
      if (done.has(endpoint.id)) continue;
      const delivery = new WebhookDeliveryEntity();
      Object.assign(delivery, {
        endpoint,
        tenantPath: endpoint.tenantPath,
        messageId: event.messageId,
        eventType: event.type,
        body,
        nextAttemptAt: new Date(),
      });
      em.persist(delivery);
      this.deps.jobs.enqueue(
        em,
        WEBHOOK_ATTEMPT_JOB,
        { deliveryId: delivery.id },
        { maxAttempts: JOB_ATTEMPTS },
      );
    }
    try {
      await em.flush();
    } catch (error) {
      // Another dispatcher fanned the same event out first: its deliveries stand.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }

  /** The customer's switch for quota events (notification settings). */
  private async wanted(em: EntityManager, event: WebhookOutboxPayload): Promise<boolean> {
    if (!isQuotaEvent(event.type)) return true;
    return (await this.deps.settings.quotaChannels(em, event.organisationId)).webhook;
  }

  /** The job handler: one HTTP attempt, its log line, and what happens next. */
  async attempt(deliveryId: string): Promise<void> {
    const em = systemEm(this.deps.orm);
    const delivery = await em.findOne(
      WebhookDeliveryEntity,
      { id: deliveryId },
      { populate: ['endpoint'] },
    );
    if (!delivery || delivery.status !== 'PENDING') return;
    const endpoint = delivery.endpoint;
    if (!endpoint.enabled) {
      Object.assign(delivery, { status: 'CANCELLED', finishedAt: new Date(), nextAttemptAt: null });
      await em.flush();
      return;
    }
    const response = await this.send(endpoint, delivery);

    delivery.attempts += 1;
    const attempt = new WebhookAttemptEntity();
    Object.assign(attempt, {
      delivery,
      endpoint,
      tenantPath: delivery.tenantPath,
      attempt: delivery.attempts,
      succeeded: response.succeeded,
      responseCode: response.responseCode,
      latencyMs: response.latencyMs,
      error: response.error?.slice(0, 1000) ?? null,
    });
    em.persist(attempt);
    Object.assign(endpoint, {
      lastAttemptAt: attempt.createdAt,
      lastAttemptSucceeded: response.succeeded,
      lastResponseCode: response.responseCode,
    });

    const finish = (status: 'SUCCEEDED' | 'FAILED') =>
      Object.assign(delivery, { status, finishedAt: new Date(), nextAttemptAt: null });
    if (response.succeeded) finish('SUCCEEDED');
    else if (response.responseCode === 410) {
      finish('FAILED');
      this.disableGone(em, endpoint);
    } else {
      const delay = webhookRetryDelayMs(delivery.attempts, this.deps.retryBaseMs);
      if (delay === null) finish('FAILED');
      else {
        delivery.nextAttemptAt = new Date(Date.now() + delay);
        this.deps.jobs.enqueue(
          em,
          WEBHOOK_ATTEMPT_JOB,
          { deliveryId: delivery.id },
          { runAt: delivery.nextAttemptAt, maxAttempts: JOB_ATTEMPTS },
        );
      }
    }
    await em.flush();
  }

  /** One signed request; nothing is sent when the secret cannot be read. */
  private async send(
    endpoint: WebhookEndpointEntity,
    delivery: WebhookDeliveryEntity,
  ): Promise<WebhookResponse> {
    let secret: string;
    try {
      secret = this.deps.secrets.open(endpoint.secretSealed);
    } catch {
      return {
        succeeded: false,
        responseCode: null,
        latencyMs: 0,
        error: "The endpoint's signing secret cannot be read: was SECRETS_KEY changed?",
      };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    return this.deps.sender.send({
      url: endpoint.url,
      body: delivery.body,
      headers: {
        'webhook-id': delivery.messageId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(secret, delivery.messageId, timestamp, delivery.body),
      },
    });
  }

  /** Standard Webhooks: `410 Gone` means the receiver is gone for good. */
  private disableGone(em: EntityManager, endpoint: WebhookEndpointEntity): void {
    endpoint.enabled = false;
    endpoint.disabledReason = 'GONE';
    recordAudit(
      { viewer: null, em, ip: '', userAgent: '' },
      {
        action: 'webhook_endpoint.disable',
        objectType: 'WebhookEndpoint',
        objectId: endpoint.id,
        objectLabel: endpoint.url,
        tenantPath: endpoint.tenantPath,
        before: { enabled: true },
        after: { enabled: false, disabledReason: 'GONE' },
      },
    );
  }
}
