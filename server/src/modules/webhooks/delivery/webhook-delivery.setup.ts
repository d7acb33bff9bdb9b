import type { Config } from '../../../infra/config/config.js';
import type { Orm } from '../../../infra/db/orm.js';
import { DbJobRunner } from '../../../infra/jobs/job-runner.js';
import type { Logger } from '../../../infra/logger/logger.js';
import { AddressGuard } from '../../../infra/net/address-guard.js';
import type { OutboxDispatcher } from '../../../infra/outbox/outbox-dispatcher.js';
import type { SecretBox } from '../../../infra/security/secret-box.js';
import { NotificationSettingsService } from '../../notification-settings/notification-settings.service.js';
import { WEBHOOK_ATTEMPT_JOB, WebhookDeliveryService } from './webhook-delivery.service.js';
import { WebhookSender } from './webhook-sender.js';

/** Attempts in flight at once in one process; each waits at most WEBHOOKS_TIMEOUT_MS. */
const CONCURRENCY = 4;

/**
 * Wires delivery: the outbox fans each committed event out to deliveries, and a
 * job runner of its own makes their attempts. Returns that runner.
 */
export const createWebhookDelivery = (deps: {
  config: Config;
  orm: Orm;
  logger: Logger;
  outbox: OutboxDispatcher;
  secrets: SecretBox;
}): DbJobRunner => {
  const { config, orm, logger } = deps;
  const runner = new DbJobRunner(orm, logger, {
    concurrency: CONCURRENCY,
    // The lease must outlive the slowest attempt.
    leaseMs: Math.max(60_000, config.WEBHOOKS_TIMEOUT_MS * 2),
  });
  const delivery = new WebhookDeliveryService({
    orm,
    jobs: runner,
    secrets: deps.secrets,
    sender: new WebhookSender(
      new AddressGuard(config.WEBHOOKS_ALLOWED_NETWORKS),
      config.WEBHOOKS_TIMEOUT_MS,
    ),
    retryBaseMs: config.WEBHOOKS_RETRY_BASE_MS,
    settings: new NotificationSettingsService(),
  });
  deps.outbox.on('webhook.event', (event) => delivery.fanOut(event));
  runner.register(WEBHOOK_ATTEMPT_JOB, (payload) => delivery.attempt(String(payload.deliveryId)));
  return runner;
};
