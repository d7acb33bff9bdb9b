import { Webhook } from 'standardwebhooks';
import type { MailboxQuotaEventData } from '@casella/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { JobEntity } from '../../infra/jobs/job.entity.js';
import { signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/http/webhook-receiver.js';
import { acmeMail, updateMailbox, type AcmeMail } from '../../test/mail-platform/acme-mail.js';
import { ImapSession } from '../../test/mail-platform/imap-session.js';
import { messageOf } from '../../test/mail-platform/mail-probes.js';
import {
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp/smtp-receiver.js';
import { skipWithoutDatabase } from '../../test/test-server.js';
import { MailboxUsageEntity } from '../mailboxes/mailbox-usage.entity.js';
import { QUOTA_CHECK_JOB, QUOTA_SWEEP_JOB } from './quota-check.job.js';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const runs = requireMailPlatform();

// Loopback webhooks on a development server, retries shrunk; a message limit of
// 20 so a test can cross it with small messages.
const ENV = {
  NODE_ENV: 'development',
  WEBHOOKS_ALLOWED_NETWORKS: '127.0.0.0/8',
  WEBHOOKS_RETRY_BASE_MS: '5',
  MAILBOX_MAX_MESSAGES: '20',
};
const CUSTOMER_INBOX = 'it@acme.example';

interface Hook {
  type: string;
  data: MailboxQuotaEventData;
}

describe.skipIf(skipWithoutDatabase() || !runs)('quota warnings from real usage', () => {
  let smtp: SmtpReceiver;
  let receiver: WebhookReceiver;
  let mp: MailPlatform;
  let acme: TestClient;
  let ids: AcmeMail;
  let secret: string;

  const setSettings = (email: boolean, webhook: boolean) =>
    acme.ok(
      `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { quotaEmailEnabled } }`,
      {
        input: {
          quotaEmailEnabled: email,
          quotaEmailRecipients: email ? [CUSTOMER_INBOX] : [],
          quotaWebhookEnabled: webhook,
        },
      },
    );

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    receiver = await startWebhookReceiver();
    mp = await startMailPlatform({ serverEnv: { ...ENV, SMTP_URL: smtp.url } });
    acme = await signedIn(mp.server.url, 'acme');
    ids = await acmeMail(acme);
    await setSettings(true, true);
    const { createWebhookEndpoint } = await acme.ok<{ createWebhookEndpoint: { id: string } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`,
      {
        input: {
          url: receiver.url('/quota'),
          eventTypes: ['mailbox.quota.warning', 'mailbox.quota.recovered'],
        },
      },
    );
    secret = (
      await acme.ok<{ webhookEndpointSecret: string }>(
        `query($id: ID!) { webhookEndpointSecret(id: $id) }`,
        { id: createWebhookEndpoint.id },
      )
    ).webhookEndpointSecret;
  });
  afterAll(async () => {
    await mp?.stop();
    await smtp?.close();
    await receiver?.close();
  });
  beforeEach(() => {
    smtp.reset();
    receiver.reset();
  });

  const app = () => mp.server.app;

  /** Runs a recurring job now, as its schedule would. */
  const runJob = async (key: string) => {
    await systemEm(app().orm).nativeUpdate(JobEntity, { recurringKey: key }, { runAt: new Date() });
    await app().jobs.runDue();
  };

  /** Lets every queued notice leave (e-mail and webhooks), as the background loops would. */
  const settle = async () => {
    for (;;) {
      const sent = (await app().outbox.drain()) + (await app().webhookJobs.runDue());
      if (sent === 0) return;
    }
  };

  /** What arrived since the last reset: e-mail by recipient, webhooks verified and parsed. */
  const arrived = () => {
    const wh = new Webhook(secret);
    const hooks = receiver.received.map((r) => {
      const h = (name: string) => String(r.headers[name]);
      // Throws unless the signature is the endpoint's.
      return wh.verify(r.body, {
        'webhook-id': h('webhook-id'),
        'webhook-timestamp': h('webhook-timestamp'),
        'webhook-signature': h('webhook-signature'),
      }) as Hook;
    });
    const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
    return { hooks, mailTo, mails: smtp.received };
  };

  const session = async (user: string, password: string): Promise<ImapSession> => {
    const s = await ImapSession.open(mp.imapPort);
    const r = await s.login(user, password);
    if (r.status !== 'OK') throw new Error(`login as ${user}: ${r.text}`);
    return s;
  };

  const usageOf = async (id: string) =>
    (
      await acme.ok<{ mailbox: { usage: { bytes: number; messages: number } | null } }>(
        `query($id: ID!) { mailbox(id: $id) { usage { bytes messages } } }`,
        { id },
      )
    ).mailbox.usage;

  /** Dovecot reports as mail is stored or expunged; give it a moment. */
  const usageWhen = async (id: string, messages: number) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const usage = await usageOf(id);
      if (usage?.messages === messages) return usage;
      if (Date.now() > deadline)
        throw new Error(`usage never showed ${messages} messages: ${JSON.stringify(usage)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  /** Runs the periodic check, then lets the notices leave; returns what arrived. */
  const check = async () => {
    smtp.reset();
    receiver.reset();
    await runJob(QUOTA_CHECK_JOB);
    await settle();
    return arrived();
  };

  /** Both jobs again, after everything has settled: nothing may be sent twice. */
  const expectQuietOnRepeat = async () => {
    smtp.reset();
    receiver.reset();
    await runJob(QUOTA_CHECK_JOB);
    await runJob(QUOTA_SWEEP_JOB);
    await settle();
    expect(smtp.received).toEqual([]);
    expect(receiver.received).toEqual([]);
  };

  it("the postmaster's 50 MB, filled over IMAP past 80 % and 95 % and emptied below 75 %: one notice per crossing", async () => {
    const pm = ids.mailboxId['postmaster']!;
    const s = await session('postmaster@acme-demo.it', 'postmaster-2026');
    expect((await s.append(messageOf(42 * MB))).status).toBe('OK');
    await s.logout();
    const at84 = await usageWhen(pm, 1);
    expect(at84.bytes).toBe(messageOf(42 * MB).length);

    let got = await check();
    const [owner80] = got.mailTo('postmaster@acme-demo.it');
    expect(got.mailTo('postmaster@acme-demo.it')).toHaveLength(1);
    // Italian for an Italian customer, sent and signed by its reseller, never by the platform.
    expect(owner80!.subject).toBe('La tua casella email è quasi piena (84%)');
    expect(owner80!.from).toMatch(/^"?Rivendita Demo"? <no-reply@casella\.local>$/);
    expect(owner80!.text).toContain(
      'la casella email postmaster@acme-demo.it sta usando 42 MB dei 50 MB disponibili (84%).',
    );
    expect(owner80!.text).toContain('svuota il Cestino');
    expect(owner80!.text.trim().endsWith('Rivendita Demo')).toBe(true);
    for (const part of [owner80!.subject, owner80!.text, owner80!.from])
      expect(part).not.toMatch(/Casella/);

    const [customer80] = got.mailTo(CUSTOMER_INBOX);
    expect(got.mailTo(CUSTOMER_INBOX)).toHaveLength(1);
    expect(customer80!.subject).toBe(
      "Avviso quota: postmaster@acme-demo.it ha superato l'80% dello spazio",
    );
    expect(customer80!.from).toMatch(/^"?Rivendita Demo"? <no-reply@casella\.local>$/);
    expect(got.mails).toHaveLength(2);

    expect(got.hooks).toEqual([
      {
        type: 'mailbox.quota.warning',
        timestamp: expect.any(String),
        data: {
          mailboxId: pm,
          address: 'postmaster@acme-demo.it',
          domainId: ids.domainId,
          metric: 'storage',
          threshold: 80,
          used: at84.bytes,
          limit: 50 * MB,
          usagePercent: 84,
        },
      },
    ]);
    await expectQuietOnRepeat();

    const s2 = await session('postmaster@acme-demo.it', 'postmaster-2026');
    expect((await s2.append(messageOf(6 * MB))).status).toBe('OK');
    await s2.logout();
    const at96 = await usageWhen(pm, 2);
    got = await check();
    expect(got.mailTo('postmaster@acme-demo.it').map((m) => m.subject)).toEqual([
      'La tua casella email è quasi al limite (96%)',
    ]);
    expect(got.mailTo(CUSTOMER_INBOX).map((m) => m.subject)).toEqual([
      'Avviso quota: postmaster@acme-demo.it ha superato il 95% dello spazio',
    ]);
    expect(got.hooks.map((h) => [h.type, h.data.threshold, h.data.used])).toEqual([
      ['mailbox.quota.warning', 95, at96.bytes],
    ]);
    await expectQuietOnRepeat();

    // The big message goes: 12 %. The customer hears the all-clear; the owner needs no notice.
    const s3 = await session('postmaster@acme-demo.it', 'postmaster-2026');
    await s3.expunge('1');
    await s3.logout();
    const at12 = await usageWhen(pm, 1);
    got = await check();
    expect(got.mailTo('postmaster@acme-demo.it')).toEqual([]);
    expect(got.mailTo(CUSTOMER_INBOX).map((m) => m.subject)).toEqual([
      'Avviso quota: postmaster@acme-demo.it è tornata sotto il 75% dello spazio',
    ]);
    expect(got.hooks.map((h) => h.data)).toEqual([
      expect.objectContaining({
        metric: 'storage',
        threshold: 75,
        used: at12.bytes,
        usagePercent: 12,
      }),
    ]);
    expect(got.hooks[0]!.type).toBe('mailbox.quota.recovered');
    await expectQuietOnRepeat();
  });

  it('the message-count limit: Dovecot enforces it, and crossing it warns the customer (the owner hears of storage only)', async () => {
    const mario = ids.mailboxId['mario.rossi']!;
    const { mailbox } = await acme.ok<{ mailbox: { maxMessages: number } }>(
      `query($id: ID!) { mailbox(id: $id) { maxMessages } }`,
      { id: mario },
    );
    expect(mailbox.maxMessages).toBe(20);
    const s = await session('mario.rossi@acme-demo.it', 'mario-2026');
    expect(await s.messageQuota()).toEqual({ used: 0, limit: 20 });
    for (let i = 0; i < 17; i++) expect((await s.append(messageOf(2000))).status).toBe('OK');
    await s.logout();
    await usageWhen(mario, 17);
    let got = await check();
    expect(got.mailTo('mario.rossi@acme-demo.it')).toEqual([]);
    expect(got.mailTo(CUSTOMER_INBOX).map((m) => m.subject)).toEqual([
      "Avviso quota: mario.rossi@acme-demo.it ha superato l'80% del numero massimo di messaggi",
    ]);
    expect(got.mailTo(CUSTOMER_INBOX)[0]!.text).toContain('17 messaggi su 20 messaggi (85%)');
    expect(got.hooks.map((h) => h.data)).toEqual([
      expect.objectContaining({ metric: 'messages', threshold: 80, used: 17, limit: 20 }),
    ]);

    const s2 = await session('mario.rossi@acme-demo.it', 'mario-2026');
    for (let i = 0; i < 3; i++) expect((await s2.append(messageOf(2000))).status).toBe('OK');
    const refused = await s2.append(messageOf(2000));
    expect(refused.status).toBe('NO');
    expect(refused.text).toMatch(/OVERQUOTA|quota/i);
    expect(await s2.messageQuota()).toEqual({ used: 20, limit: 20 });
    await s2.logout();
    await usageWhen(mario, 20);
    got = await check();
    expect(got.hooks.map((h) => [h.type, h.data.metric, h.data.threshold, h.data.used])).toEqual([
      ['mailbox.quota.warning', 'messages', 95, 20],
    ]);
    expect(got.mails).toHaveLength(1);
    await expectQuietOnRepeat();

    const s3 = await session('mario.rossi@acme-demo.it', 'mario-2026');
    await s3.expunge('1:6');
    await s3.logout();
    await usageWhen(mario, 14);
    got = await check();
    expect(got.hooks.map((h) => [h.type, h.data.metric, h.data.threshold, h.data.used])).toEqual([
      ['mailbox.quota.recovered', 'messages', 75, 14],
    ]);
    expect(got.mailTo(CUSTOMER_INBOX).map((m) => m.subject)).toEqual([
      'Avviso quota: mario.rossi@acme-demo.it è tornata sotto il 75% del numero massimo di messaggi',
    ]);
  });

  it('a quota changed by an admin through the API is evaluated at once, without any delivery', async () => {
    // The demo's Anna uses 90 % of 1 GB and was warned at 80 %.
    const anna = ids.mailboxId['anna.bianchi']!;
    const usage = (await usageOf(anna))!;
    expect(usage.bytes / GB).toBeCloseTo(0.9, 5);

    await updateMailbox(acme, anna, { quotaGb: 3 });
    await settle();
    let got = arrived();
    expect(got.mailTo('anna.bianchi@acme-demo.it')).toEqual([]);
    expect(
      got.hooks.map((h) => [h.type, h.data.threshold, h.data.limit, h.data.usagePercent]),
    ).toEqual([['mailbox.quota.recovered', 75, 3 * GB, 30]]);

    smtp.reset();
    receiver.reset();
    await updateMailbox(acme, anna, { quotaGb: 1 });
    await settle();
    got = arrived();
    expect(got.mailTo('anna.bianchi@acme-demo.it').map((m) => m.subject)).toEqual([
      'La tua casella email è quasi piena (90%)',
    ]);
    expect(got.mailTo('anna.bianchi@acme-demo.it')[0]!.text).toMatch(/^Ciao Anna,/);
    expect(got.mailTo(CUSTOMER_INBOX)).toHaveLength(1);
    expect(got.hooks.map((h) => [h.type, h.data.threshold, h.data.used, h.data.limit])).toEqual([
      ['mailbox.quota.warning', 80, usage.bytes, GB],
    ]);
    // A change that leaves the quota alone sends nothing.
    await updateMailbox(acme, anna, { firstName: 'Annamaria' });
    await expectQuietOnRepeat();
  });

  it("the customer's notification settings choose its channels; the owner is told either way", async () => {
    const anna = ids.mailboxId['anna.bianchi']!;
    const cases = [
      { email: true, webhook: false },
      { email: false, webhook: true },
      { email: false, webhook: false },
    ];
    for (const { email, webhook } of cases) {
      await setSettings(email, webhook);
      smtp.reset();
      receiver.reset();
      // Back down to 30 % (the all-clear), then up to 90 % (a warning).
      await updateMailbox(acme, anna, { quotaGb: 3 });
      await updateMailbox(acme, anna, { quotaGb: 1 });
      await settle();
      const got = arrived();
      expect(
        got.mailTo('anna.bianchi@acme-demo.it'),
        JSON.stringify({ email, webhook }),
      ).toHaveLength(1);
      expect(
        got
          .mailTo(CUSTOMER_INBOX)
          .map((m) => m.subject)
          .sort(),
      ).toEqual(
        email
          ? [
              "Avviso quota: anna.bianchi@acme-demo.it ha superato l'80% dello spazio",
              'Avviso quota: anna.bianchi@acme-demo.it è tornata sotto il 75% dello spazio',
            ]
          : [],
      );
      expect(got.hooks.map((h) => h.type).sort()).toEqual(
        webhook ? ['mailbox.quota.recovered', 'mailbox.quota.warning'] : [],
      );
    }
    await setSettings(true, true);
  });

  it("a postmaster's quota change notifies the customer through the customer's own settings", async () => {
    const anna = ids.mailboxId['anna.bianchi']!;
    const postmaster = new TestClient(mp.server.url);
    await postmaster.login('postmaster@acme-demo.it', 'postmaster-2026');
    await updateMailbox(postmaster, anna, { quotaGb: 3 });
    await updateMailbox(postmaster, anna, { quotaGb: 1 });
    await settle();
    const got = arrived();
    expect(got.mailTo('anna.bianchi@acme-demo.it')).toHaveLength(1);
    expect(got.mailTo(CUSTOMER_INBOX)).toHaveLength(2);
    expect(got.hooks.map((h) => h.type).sort()).toEqual([
      'mailbox.quota.recovered',
      'mailbox.quota.warning',
    ]);
  });

  it('two evaluations at once send the notices of a crossing once', async () => {
    // Dovecot reports 7.5 GB for the 8 GB magazzino (as its dict would write it).
    const em = systemEm(app().orm);
    await em.insert(MailboxUsageEntity, {
      address: 'magazzino@acme-demo.it',
      bytes: 7.5 * GB,
      messages: 5,
    });
    const service = app().services.quotaWarnings;
    const results = await Promise.all([
      service.evaluate(systemEm(app().orm), { address: 'magazzino@acme-demo.it' }),
      service.evaluate(systemEm(app().orm), { address: 'magazzino@acme-demo.it' }),
      runJob(QUOTA_CHECK_JOB).then(() => []),
    ]);
    // Whichever of the three moved the level reports the crossing; the others find nothing to do.
    expect(results.flat().length).toBeLessThanOrEqual(1);
    await settle();
    const got = arrived();
    expect(got.mailTo('magazzino@acme-demo.it')).toHaveLength(1);
    expect(got.mailTo(CUSTOMER_INBOX)).toHaveLength(1);
    expect(got.hooks.map((h) => [h.type, h.data.threshold])).toEqual([
      ['mailbox.quota.warning', 80],
    ]);
    await expectQuietOnRepeat();
  });
});
