import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { OutboxEventEntity } from '../../infra/outbox/outbox-event.entity.js';
import { JobEntity } from '../../infra/jobs/job.entity.js';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/http/webhook-receiver.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { emitWebhookEvent } from './webhook-event.emitter.js';

// A development server that may call loopback, with the retry schedule shrunk
// from 5 s to 5 ms a step (5 ms, 300 ms, 1.8 s, ...) and a short timeout.
const ENV = {
  NODE_ENV: 'development',
  WEBHOOKS_ALLOWED_NETWORKS: '127.0.0.0/8',
  WEBHOOKS_RETRY_BASE_MS: '5',
  WEBHOOKS_TIMEOUT_MS: '400',
};

interface Attempt {
  attempt: number;
  status: string;
  responseCode: number | null;
  latencyMs: number;
  error: string | null;
  messageId: string;
  eventType: string;
  deliveryStatus: string;
  createdAt: string;
}

const quotaData = {
  mailboxId: 'mbx-000000000000000000000000',
  address: 'mario@acme.example',
  domainId: 'dom-000000000000000000000000',
  metric: 'storage' as const,
  used: 850,
  limit: 1000,
  usagePercent: 85,
  threshold: 80 as const,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(skipWithoutDatabase())('webhook delivery', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  let acme: TestClient;
  let acmeId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    server = await startTestServer(ENV);
    acme = await signedIn(server.url, 'acme');
    acmeId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
  });
  afterAll(async () => {
    await server?.destroy();
    await receiver?.close();
  });
  beforeEach(() => receiver.reset());

  /** Runs the outbox and the webhook jobs, as the background loops would, until `done`. */
  const pump = async (done: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await server.app.outbox.drain();
      await server.app.webhookJobs.runDue();
      if (await done()) return;
      if (Date.now() > deadline) throw new Error('the deliveries did not settle in time');
      await sleep(10);
    }
  };

  const createEndpoint = async (
    path: string,
    eventTypes: string[] = ['mailbox.quota.warning'],
    client: TestClient = acme,
    enabled = true,
  ) => {
    const r = await client.ok<{ createWebhookEndpoint: { id: string } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`,
      { input: { url: receiver.url(path), eventTypes, enabled } },
    );
    const id = r.createWebhookEndpoint.id;
    const s = await client.ok<{ webhookEndpointSecret: string }>(
      `query($id: ID!) { webhookEndpointSecret(id: $id) }`,
      { id },
    );
    return { id, secret: s.webhookEndpointSecret };
  };

  const sendTest = async (endpointId: string) =>
    (
      await acme.ok<{ sendTestWebhookEvent: { messageId: string } }>(
        `mutation($id: ID!) { sendTestWebhookEvent(endpointId: $id) { messageId } }`,
        { id: endpointId },
      )
    ).sendTestWebhookEvent.messageId;

  const deliveryLog = async (endpointId: string) =>
    (
      await acme.ok<{ webhookDeliveryAttempts: { edges: { node: Attempt }[] } }>(
        `query($id: ID!) { webhookDeliveryAttempts(endpointId: $id, first: 50) { edges { node {
          attempt status responseCode latencyMs error messageId eventType deliveryStatus createdAt
        } } } }`,
        { id: endpointId },
      )
    ).webhookDeliveryAttempts.edges
      .map((e) => e.node)
      .reverse();

  const deliveryStatus = async (messageId: string) =>
    (await systemEm(server.app.orm).findOne(WebhookDeliveryEntity, { messageId }))?.status;

  /** True once the event was fanned out and none of its deliveries awaits another attempt. */
  const settled = async (messageId: string) => {
    const all = await systemEm(server.app.orm).find(WebhookDeliveryEntity, { messageId });
    return all.length > 0 && all.every((d) => d.status !== 'PENDING');
  };

  const outboxEmpty = async () =>
    (await systemEm(server.app.orm).count(OutboxEventEntity, { deliveredAt: null })) === 0;

  /** Emits as another module would: inside its own unit of work, committed with it. */
  const emitQuotaWarning = async (orgId = acmeId) => {
    const em = systemEm(server.app.orm);
    const id = emitWebhookEvent(em, { id: orgId }, 'mailbox.quota.warning', quotaData);
    await em.flush();
    return id;
  };

  it('delivers a test event signed the Standard Webhooks way, and logs the attempt', async () => {
    const { id, secret } = await createEndpoint('/signed', ['mailbox.quota.warning']);
    const messageId = await sendTest(id);
    await pump(() => receiver.received.length === 1);

    const got = receiver.received[0]!;
    expect(got.path).toBe('/signed');
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['webhook-id']).toBe(messageId);
    // An independent implementation checks the signature and the timestamp.
    const verified = new Webhook(secret).verify(got.body, {
      'webhook-id': String(got.headers['webhook-id']),
      'webhook-timestamp': String(got.headers['webhook-timestamp']),
      'webhook-signature': String(got.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({
      type: 'webhook.test',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { endpointId: id },
    });
    expect(() =>
      new Webhook(secret).verify(got.body.replace('webhook.test', 'webhook.fake'), {
        'webhook-id': String(got.headers['webhook-id']),
        'webhook-timestamp': String(got.headers['webhook-timestamp']),
        'webhook-signature': String(got.headers['webhook-signature']),
      }),
    ).toThrow();

    await pump(async () => (await deliveryStatus(messageId)) === 'SUCCEEDED');
    const log = await deliveryLog(id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      attempt: 1,
      status: 'SUCCEEDED',
      responseCode: 200,
      error: null,
      messageId,
      eventType: 'webhook.test',
      deliveryStatus: 'SUCCEEDED',
    });
    expect(log[0]!.latencyMs).toBeGreaterThanOrEqual(0);
    const endpoint = await acme.ok<{ webhookEndpoint: Record<string, unknown> }>(
      `query($id: ID!) { webhookEndpoint(id: $id) { lastAttemptStatus lastResponseCode } }`,
      { id },
    );
    expect(endpoint.webhookEndpoint).toEqual({
      lastAttemptStatus: 'SUCCEEDED',
      lastResponseCode: 200,
    });
  });

  it('sends an event once to each enabled endpoint of the organisation subscribed to it', async () => {
    await createEndpoint('/warning', ['mailbox.quota.warning', 'mailbox.quota.recovered']);
    await createEndpoint('/recovered-only', ['mailbox.quota.recovered']);
    await createEndpoint('/disabled', ['mailbox.quota.warning'], acme, false);
    await createEndpoint(
      '/globex',
      ['mailbox.quota.warning'],
      await signedIn(server.url, 'globex'),
    );
    const messageId = await emitQuotaWarning();
    await pump(() => settled(messageId));
    // Endpoints created by the earlier test still subscribe to quota warnings.
    const paths = receiver.received.map((r) => r.path).sort();
    expect(paths).toEqual(['/signed', '/warning']);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      type: 'mailbox.quota.warning',
      data: quotaData,
    });
  });

  it('emits nothing when the change it belongs to is rolled back', async () => {
    const before = await systemEm(server.app.orm).count(OutboxEventEntity, {});
    await expect(
      systemEm(server.app.orm).transactional(async (em) => {
        emitWebhookEvent(em, { id: acmeId }, 'mailbox.quota.warning', quotaData);
        await em.flush();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await systemEm(server.app.orm).count(OutboxEventEntity, {})).toBe(before);
  });

  it('keeps quota events from the endpoints while the customer turned them off', async () => {
    await acme.ok(
      `mutation { updateNotificationSettings(input: { quotaEmailEnabled: false, quotaEmailRecipients: [], quotaWebhookEnabled: false }) { quotaWebhookEnabled } }`,
    );
    await emitQuotaWarning();
    await pump(outboxEmpty);
    await sleep(50);
    await pump(() => true);
    expect(receiver.received).toEqual([]);
    await acme.ok(
      `mutation { updateNotificationSettings(input: { quotaEmailEnabled: false, quotaEmailRecipients: [], quotaWebhookEnabled: true }) { quotaWebhookEnabled } }`,
    );
  });

  it('retries an attempt that timed out, with the same webhook-id', async () => {
    const { id, secret } = await createEndpoint('/slow', ['webhook.test']);
    receiver.reply('/slow', { status: 200, delayMs: 1500 });
    const messageId = await sendTest(id);
    await pump(async () => (await deliveryStatus(messageId)) === 'SUCCEEDED');
    const log = await deliveryLog(id);
    expect(log.map((a) => [a.attempt, a.status, a.responseCode])).toEqual([
      [1, 'FAILED', null],
      [2, 'SUCCEEDED', 200],
    ]);
    expect(log[0]!.error).toMatch(/Timed out after 400 ms/);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([messageId, messageId]);
    for (const r of receiver.received) {
      expect(() =>
        new Webhook(secret).verify(r.body, r.headers as Record<string, string>),
      ).not.toThrow();
    }
  });

  it('retries a failing receiver with growing delays until it answers', async () => {
    const { id } = await createEndpoint('/flaky', ['webhook.test']);
    receiver.reply('/flaky', { status: 500 }, { status: 503 }, { status: 500 });
    const messageId = await sendTest(id);
    await pump(async () => (await deliveryStatus(messageId)) === 'SUCCEEDED', 15_000);
    const log = await deliveryLog(id);
    expect(log.map((a) => [a.attempt, a.status, a.responseCode])).toEqual([
      [1, 'FAILED', 500],
      [2, 'FAILED', 503],
      [3, 'FAILED', 500],
      [4, 'SUCCEEDED', 200],
    ]);
    expect(log[1]!.error).toMatch(/HTTP 503/);
    const at = receiver.received.map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // 5 ms, 300 ms and 1.8 s (±10 %) on the shrunk schedule.
    expect(gaps[0]).toBeGreaterThanOrEqual(4);
    expect(gaps[1]).toBeGreaterThanOrEqual(270);
    expect(gaps[2]).toBeGreaterThanOrEqual(1620);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
  });

  it('gives up after the last attempt of the schedule', async () => {
    const { id } = await createEndpoint('/down', ['webhook.test']);
    receiver.reply('/down', ...Array.from({ length: 8 }, () => ({ status: 500 })));
    const messageId = await sendTest(id);
    await pump(async () => receiver.received.length >= 1);
    // The failures so far count as seven, as if a day had passed: the next one is the last.
    const em = systemEm(server.app.orm);
    const delivery = await em.findOneOrFail(WebhookDeliveryEntity, { messageId });
    const pendingJob = {
      name: 'webhooks.attempt',
      status: 'PENDING' as const,
      payload: { deliveryId: delivery.id },
    };
    await em.nativeUpdate(WebhookDeliveryEntity, { messageId }, { attempts: 7 });
    await em.nativeUpdate(JobEntity, pendingJob, { runAt: new Date() });
    await pump(async () => (await deliveryStatus(messageId)) === 'FAILED');
    expect(await systemEm(server.app.orm).count(JobEntity, pendingJob)).toBe(0);
    const log = await deliveryLog(id);
    expect(log.at(-1)).toMatchObject({ attempt: 8, status: 'FAILED', deliveryStatus: 'FAILED' });
  });

  it('disables the endpoint for good when the receiver answers 410 Gone', async () => {
    const { id } = await createEndpoint('/gone', ['webhook.test', 'mailbox.quota.recovered']);
    receiver.reply('/gone', { status: 410 });
    const messageId = await sendTest(id);
    await pump(async () => (await deliveryStatus(messageId)) === 'FAILED');
    const endpoint = await acme.ok<{ webhookEndpoint: Record<string, unknown> }>(
      `query($id: ID!) { webhookEndpoint(id: $id) { enabled disabledReason lastResponseCode } }`,
      { id },
    );
    expect(endpoint.webhookEndpoint).toEqual({
      enabled: false,
      disabledReason: 'GONE',
      lastResponseCode: 410,
    });
    const audit = await acme.ok<{
      auditLog: { edges: { node: { action: string; actorLabel: string } }[] };
    }>(
      `query($id: ID!) { auditLog(filter: { objectId: $id }) { edges { node { action actorLabel } } } }`,
      {
        id,
      },
    );
    expect(audit.auditLog.edges.map((e) => e.node)).toContainEqual({
      action: 'webhook_endpoint.disable',
      actorLabel: 'system',
    });

    // No more attempts: neither retries nor new events, and no test either.
    await sleep(50);
    const em = systemEm(server.app.orm);
    const recovered = emitWebhookEvent(em, { id: acmeId }, 'mailbox.quota.recovered', {
      ...quotaData,
      threshold: 75,
    });
    await em.flush();
    // Other endpoints subscribed to it get it; the disabled one does not.
    await pump(() => settled(recovered));
    expect(receiver.received.filter((r) => r.path === '/gone')).toHaveLength(1);
    expect(receiver.received.map((r) => r.path)).toContain('/recovered-only');
    expect(
      codeOf(
        await acme.gql(`mutation { sendTestWebhookEvent(endpointId: "${id}") { messageId } }`),
      ),
    ).toBe('CONFLICT');
  });

  it('does not follow redirects', async () => {
    const { id } = await createEndpoint('/moved', ['webhook.test']);
    receiver.reply('/moved', { status: 302, headers: { location: receiver.url('/elsewhere') } });
    await sendTest(id);
    await pump(async () => (await deliveryLog(id)).length >= 1);
    expect(receiver.received.length).toBeGreaterThan(0);
    expect(receiver.received.every((r) => r.path === '/moved')).toBe(true);
    expect((await deliveryLog(id))[0]).toMatchObject({
      status: 'FAILED',
      responseCode: 302,
      error: expect.stringMatching(/Redirect not followed/),
    });
    // Out of the way of the next tests.
    await acme.ok(`mutation { deleteWebhookEndpoint(id: "${id}") }`);
  });

  it('delivers exactly once across restarts between the change and the delivery', async () => {
    const { id } = await createEndpoint('/restart', ['webhook.test']);
    // The event is committed, then the process dies before dispatching it.
    const first = await sendTest(id);
    server = await server.restart();
    acme = await signedIn(server.url, 'acme');
    // Fanned out, then the process dies before the attempt.
    await server.app.outbox.drain();
    server = await server.restart();
    acme = await signedIn(server.url, 'acme');
    await pump(async () => (await deliveryStatus(first)) === 'SUCCEEDED');
    // The outbox delivers at least once: a second fan-out of the same event changes nothing.
    await systemEm(server.app.orm).nativeUpdate(
      OutboxEventEntity,
      { topic: 'webhook.event' },
      { deliveredAt: null, availableAt: new Date() },
    );
    await pump(outboxEmpty);
    await pump(() => true);
    expect(receiver.received.filter((r) => r.headers['webhook-id'] === first)).toHaveLength(1);
    expect(await systemEm(server.app.orm).count(WebhookDeliveryEntity, { messageId: first })).toBe(
      1,
    );
  });

  it('checks the address again at delivery time, and refuses it without the allowance', async () => {
    const { id } = await createEndpoint('/rebound', ['webhook.test']);
    // Same endpoint, but the operator no longer allows loopback (or the name now points inside).
    server = await server.restart({ WEBHOOKS_ALLOWED_NETWORKS: '' });
    acme = await signedIn(server.url, 'acme');
    const messageId = await sendTest(id);
    await pump(async () => (await deliveryLog(id)).length >= 1);
    expect(receiver.received).toEqual([]);
    expect((await deliveryLog(id))[0]).toMatchObject({
      messageId,
      status: 'FAILED',
      responseCode: null,
      error: 'Refused: 127.0.0.1 is a loopback address',
    });
  });
});
