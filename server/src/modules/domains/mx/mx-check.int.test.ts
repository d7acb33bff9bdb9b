import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/http/webhook-receiver.js';
import { startSmtpReceiver, type SmtpReceiver } from '../../../test/smtp/smtp-receiver.js';
import { codeOf, signedIn } from '../../../test/demo.js';
import { TestClient } from '../../../test/graphql-client.js';
import { startTestDnsServer, type TestDnsServer } from '../../../test/dns/dns-server.js';
import {
  skipWithoutDatabase,
  startTestServer,
  type TestServer,
} from '../../../test/test-server.js';
import { systemEm } from '../../../infra/db/orm.js';
import { JobEntity } from '../../../infra/jobs/job.entity.js';
import { DEMO_MAIL } from '../../demo/demo-data.js';
import { DomainEntity } from '../domain.entity.js';
import { DomainAliasEntity } from '../../domain-aliases/domain-alias.entity.js';
import { MX_CHECK_JOB } from './mx-check.job.js';

const VERIFY_IP = '198.51.100.7';
const OURS = [
  { priority: 10, host: 'mx1.casella.test' },
  { priority: 20, host: 'mx2.casella.test' },
];
const MX = `mxCheck { status checkedAt records { priority host } foreignHosts nameMissing detail expected { priority host } }`;
type MxCheck = {
  status: string;
  checkedAt: string | null;
  records: { priority: number; host: string }[];
  foreignHosts: string[];
  nameMissing: boolean;
  detail: string | null;
  expected: { priority: number; host: string }[];
};

describe.skipIf(skipWithoutDatabase())('MX check of domains', () => {
  let server: TestServer;
  let dns: TestDnsServer;
  let acme: TestClient;
  let globex: TestClient;
  let acmeDomain: string;
  let receiver: WebhookReceiver;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    dns = await startTestDnsServer();
    receiver = await startWebhookReceiver();
    smtp = await startSmtpReceiver();
    server = await startTestServer({
      SMTP_URL: smtp.url,
      NODE_ENV: 'development',
      WEBHOOKS_ALLOWED_NETWORKS: '127.0.0.0/8',
      WEBHOOKS_RETRY_BASE_MS: '5',
      VERIFY_IP,
      DNS_SERVERS: dns.address,
      // Written the way people paste them: spaces, capitals, a trailing dot.
      MAIL_MX_HOSTS: ' MX1.casella.test., mx2.casella.test ',
    });
    acme = await signedIn(server.url, 'acme');
    globex = await signedIn(server.url, 'globex');
    acmeDomain = (
      await acme.ok<{ domains: { edges: { node: { id: string } }[] } }>(
        `{ domains(filter: { search: "${DEMO_MAIL.domain}" }) { edges { node { id } } } }`,
      )
    ).domains.edges[0]!.node.id;
  });
  afterAll(async () => {
    await server?.destroy();
    await dns?.close();
    await receiver?.close();
    await smtp?.close();
  });

  /** Moves the last check back in time, past the "checked a moment ago" guard. */
  const age = async (id: string, hours = 1) => {
    await systemEm(server.app.orm).nativeUpdate(
      DomainEntity,
      { id },
      { mxCheckedAt: new Date(Date.now() - hours * 3_600_000) },
    );
  };
  const checkNow = async (client: TestClient, id: string) => {
    await age(id);
    return client.gql<{ checkDomainMx: { mxCheck: MxCheck } }>(
      `mutation { checkDomainMx(id: "${id}") { ${MX} } }`,
    );
  };
  const mxOf = async (id: string) =>
    (await acme.ok<{ domain: { mxCheck: MxCheck } }>(`{ domain(id: "${id}") { ${MX} } }`)).domain
      .mxCheck;

  beforeEach(() => {
    dns.mx.clear();
    dns.records.clear();
    dns.servfail.clear();
  });

  it('has not checked a domain yet, and says which records it should publish', async () => {
    const mx = await mxOf(acmeDomain);
    expect(mx).toMatchObject({ status: 'UNKNOWN', checkedAt: null, records: [], detail: null });
    expect(mx.expected).toEqual(OURS);
  });

  it('"check now" names the hosts that are not ours, then turns OK once DNS is fixed', async () => {
    dns.mx.set(DEMO_MAIL.domain, [
      { priority: 10, host: 'mx1.casella.test' },
      { priority: 5, host: 'mail.old-provider.example' },
    ]);
    const wrong = await checkNow(acme, acmeDomain);
    expect(wrong.errors).toBeUndefined();
    expect(wrong.data!.checkDomainMx.mxCheck).toMatchObject({
      status: 'WRONG',
      records: [
        { priority: 5, host: 'mail.old-provider.example' },
        { priority: 10, host: 'mx1.casella.test' },
      ],
      foreignHosts: ['mail.old-provider.example'],
      detail: 'MX records point elsewhere: mail.old-provider.example.',
    });
    expect(Date.now() - Date.parse(wrong.data!.checkDomainMx.mxCheck.checkedAt!)).toBeLessThan(
      60_000,
    );

    dns.mx.set(DEMO_MAIL.domain, [
      { priority: 20, host: 'MX2.Casella.Test' },
      { priority: 10, host: 'mx1.casella.test' },
    ]);
    const ok = await checkNow(acme, acmeDomain);
    expect(ok.data!.checkDomainMx.mxCheck).toMatchObject({
      status: 'OK',
      records: OURS,
      foreignHosts: [],
      detail: null,
    });
    // What the check found is stored: a later read sees it.
    expect((await mxOf(acmeDomain)).status).toBe('OK');
  });

  it('tells a missing MX record from a name missing from DNS, a null MX, and a DNS that fails', async () => {
    dns.records.set(DEMO_MAIL.domain, ['192.0.2.1']);
    expect((await checkNow(acme, acmeDomain)).data!.checkDomainMx.mxCheck).toMatchObject({
      status: 'MISSING',
      records: [],
      nameMissing: false,
      detail: 'The domain has no MX record: mail for it is not delivered here.',
    });

    dns.records.clear();
    expect((await checkNow(acme, acmeDomain)).data!.checkDomainMx.mxCheck).toMatchObject({
      status: 'MISSING',
      nameMissing: true,
      detail: 'The domain does not exist in DNS.',
    });

    dns.mx.set(DEMO_MAIL.domain, [{ priority: 0, host: '.' }]);
    expect((await checkNow(acme, acmeDomain)).data!.checkDomainMx.mxCheck).toMatchObject({
      status: 'WRONG',
      records: [{ priority: 0, host: '.' }],
      foreignHosts: ['.'],
    });

    dns.servfail.add(DEMO_MAIL.domain);
    expect((await checkNow(acme, acmeDomain)).data!.checkDomainMx.mxCheck).toMatchObject({
      status: 'LOOKUP_FAILED',
      records: [],
      detail: 'DNS lookup failed (ESERVFAIL).',
    });
  });

  it('refuses a second "check now" within seconds, changing nothing', async () => {
    dns.mx.set(DEMO_MAIL.domain, OURS);
    expect((await checkNow(acme, acmeDomain)).data!.checkDomainMx.mxCheck.status).toBe('OK');
    const stored = await mxOf(acmeDomain);
    dns.mx.set(DEMO_MAIL.domain, [{ priority: 10, host: 'elsewhere.example' }]);
    const again = await acme.gql(`mutation { checkDomainMx(id: "${acmeDomain}") { id } }`);
    expect(codeOf(again)).toBe('RATE_LIMITED');
    expect(again.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(await mxOf(acmeDomain)).toEqual(stored);
  });

  it('lets the postmaster check its domain, but not a mailbox owner or a read-only token', async () => {
    dns.mx.set(DEMO_MAIL.domain, OURS);
    const postmaster = new TestClient(server.url);
    await postmaster.ok(
      `mutation { login(input: { login: "postmaster", domain: "${DEMO_MAIL.domain}", password: "${DEMO_MAIL.postmasterPassword}" }) { csrfToken } }`,
    );
    const r = await checkNow(postmaster, acmeDomain);
    expect(r.errors).toBeUndefined();
    expect(r.data!.checkDomainMx.mxCheck.status).toBe('OK');

    const owner = new TestClient(server.url);
    const mailbox = DEMO_MAIL.mailboxes[0]!;
    await owner.ok(
      `mutation { login(input: { login: "${mailbox.localPart}", domain: "${DEMO_MAIL.domain}", password: "${mailbox.password}" }) { csrfToken } }`,
    );
    expect(codeOf(await checkNow(owner, acmeDomain))).toMatch(/NOT_FOUND|FORBIDDEN/);

    const { createApiToken } = await acme.ok<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "mx read-only", scopes: [READ] }) { secret } }`,
    );
    const reader = new TestClient(server.url).withToken(createApiToken.secret);
    expect(
      (
        await reader.ok<{ domain: { mxCheck: MxCheck } }>(
          `{ domain(id: "${acmeDomain}") { ${MX} } }`,
        )
      ).domain.mxCheck.status,
    ).toBe('OK');
    expect(codeOf(await checkNow(reader, acmeDomain))).toBe('FORBIDDEN');
  });

  it('refuses a malformed ID and another tenant’s domain, changing nothing', async () => {
    dns.queries.length = 0;
    expect(codeOf(await acme.gql(`mutation { checkDomainMx(id: "not-an-id") { id } }`))).toBe(
      'VALIDATION_FAILED',
    );
    const before = await mxOf(acmeDomain);
    expect(codeOf(await checkNow(globex, acmeDomain))).toBe('NOT_FOUND');
    const after = await mxOf(acmeDomain);
    expect({ ...after, checkedAt: null }).toEqual({ ...before, checkedAt: null });
    expect(dns.queries.filter((q) => q === DEMO_MAIL.domain)).toHaveLength(0);
  });

  /** A domain of globex's, made ACTIVE the way a customer does it: by its DNS record. */
  const activeDomain = async (name: string): Promise<string> => {
    const created = await globex.ok<{
      createDomain: { id: string; verification: { recordName: string } };
    }>(
      `mutation { createDomain(input: { name: "${name}", postmasterPassword: "postmaster-1" }) { id verification { recordName } } }`,
    );
    await server.app.jobs.runDue();
    dns.records.set(created.createDomain.verification.recordName, [VERIFY_IP]);
    const checked = await globex.ok<{ checkDomainVerification: { state: string } }>(
      `mutation { checkDomainVerification(id: "${created.createDomain.id}") { state } }`,
    );
    expect(checked.checkDomainVerification.state).toBe('ACTIVE');
    return created.createDomain.id;
  };

  it('checks every active domain on its own, oldest first, and leaves the recently checked and the pending alone', async () => {
    const good = await activeDomain('mx-good.example');
    const bad = await activeDomain('mx-bad.example');
    const flaky = await activeDomain('mx-flaky.example');
    const recent = await activeDomain('mx-recent.example');
    const pending = (
      await globex.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "mx-pending.example", postmasterPassword: "postmaster-1" }) { id } }`,
      )
    ).createDomain.id;
    await server.app.jobs.runDue();
    dns.mx.set('mx-good.example', OURS);
    dns.mx.set('mx-bad.example', [{ priority: 10, host: 'mx.elsewhere.example' }]);
    dns.mx.set('mx-recent.example', [{ priority: 10, host: 'mx.elsewhere.example' }]);
    dns.mx.set('mx-pending.example', [{ priority: 10, host: 'mx.elsewhere.example' }]);
    dns.servfail.add('mx-flaky.example');
    dns.mx.set(DEMO_MAIL.domain, OURS);
    await age(acmeDomain, 30); // older than MX_CHECK_HOURS (24): due again
    await age(recent, 2); // checked two hours ago: not due
    dns.queries.length = 0;

    // The sweep is a recurring job: make it due now and let the runner take it.
    const em = systemEm(server.app.orm);
    const job = await em.findOneOrFail(JobEntity, { recurringKey: MX_CHECK_JOB });
    await em.nativeUpdate(JobEntity, { id: job.id }, { runAt: new Date(Date.now() - 1000) });
    await server.app.jobs.runDue();

    const g = (id: string) =>
      globex
        .ok<{ domain: { mxCheck: MxCheck } }>(`{ domain(id: "${id}") { ${MX} } }`)
        .then((r) => r.domain.mxCheck);
    expect((await g(good)).status).toBe('OK');
    expect(await g(bad)).toMatchObject({
      status: 'WRONG',
      foreignHosts: ['mx.elsewhere.example'],
    });
    expect((await g(flaky)).status).toBe('LOOKUP_FAILED');
    expect((await mxOf(acmeDomain)).status).toBe('OK');
    expect((await g(recent)).status).toBe('UNKNOWN');
    expect((await g(pending)).status).toBe('UNKNOWN');
    expect(dns.queries).toContain(DEMO_MAIL.domainAlias);
    expect(dns.queries).not.toContain('mx-recent.example');
    expect(dns.queries).not.toContain('mx-pending.example');
    // A failed lookup is tried once more before it is recorded.
    expect(dns.queries.filter((q) => q === 'mx-flaky.example').length).toBeGreaterThanOrEqual(2);
    expect(dns.queries.filter((q) => q === 'mx-good.example')).toHaveLength(1);

    // The "MX problems" filter finds the ones to fix, and only those: a domain not yet
    // active may have wrong records, but nothing of its mail is lost yet.
    await age(pending);
    expect((await checkNow(globex, pending)).data!.checkDomainMx.mxCheck.status).toBe('WRONG');
    const listed = async (mxProblem: boolean) =>
      (
        await globex.ok<{ domains: { edges: { node: { name: string } }[] } }>(
          `{ domains(first: 100, filter: { mxProblem: ${mxProblem}, search: "mx-" }) { edges { node { name } } } }`,
        )
      ).domains.edges.map((e) => e.node.name);
    expect(await listed(true)).toEqual(['mx-bad.example']);
    expect(await listed(false)).toEqual([
      'mx-flaky.example',
      'mx-good.example',
      'mx-pending.example',
      'mx-recent.example',
    ]);

    // The dashboard counts the active domains to fix, each tenant its own.
    const problems = async (c: TestClient) =>
      (
        await c.ok<{ dashboardStats: { domainsWithMxProblems: number } }>(
          `{ dashboardStats { domainsWithMxProblems } }`,
        )
      ).dashboardStats.domainsWithMxProblems;
    expect(await problems(globex)).toBe(1);
    expect(await problems(acme)).toBe(0);

    // More due than one run takes: the never-checked go first, then the oldest.
    await em.nativeUpdate(DomainEntity, { id: good }, { mxCheckedAt: null });
    await age(bad, 48);
    await age(flaky, 30);
    const checks = server.app.services.mxChecks;
    expect(await checks.checkDue(systemEm(server.app.orm), undefined, 1)).toBe(1);
    expect((await g(good)).checkedAt).not.toBeNull();
    expect(await checks.checkDue(systemEm(server.app.orm), undefined, 1)).toBe(1);
    expect(Date.now() - Date.parse((await g(bad)).checkedAt!)).toBeLessThan(60_000);
    expect(Date.now() - Date.parse((await g(flaky)).checkedAt!)).toBeGreaterThan(29 * 3_600_000);
    expect(await checks.checkDue(systemEm(server.app.orm), undefined, 1)).toBe(1);

    // Run again at once: nothing is due, nothing is looked up.
    dns.queries.length = 0;
    await em.nativeUpdate(JobEntity, { id: job.id }, { runAt: new Date(Date.now() - 1000) });
    await server.app.jobs.runDue();
    expect(dns.queries.filter((q) => q.startsWith('mx-') || q === DEMO_MAIL.domain)).toEqual([]);
  });

  it("reports an active domain's MX problem to its customer's webhooks once, and its fix once", async () => {
    const subscribe = (c: TestClient, path: string) =>
      c.ok(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`,
        {
          input: {
            url: receiver.url(path),
            eventTypes: ['domain.mx.problem', 'domain.mx.fixed'],
          },
        },
      );
    await subscribe(acme, '/acme');
    await subscribe(globex, '/globex');
    const settle = async () => {
      for (;;) {
        const sent = (await server.app.outbox.drain()) + (await server.app.webhookJobs.runDue());
        if (sent === 0) return;
      }
    };
    const events = () =>
      receiver.received.map((r) => ({
        path: r.path,
        ...(JSON.parse(r.body) as { type: string; data: Record<string, unknown> }),
      }));
    // A known start: fixed, and whatever that reported forgotten.
    dns.mx.set(DEMO_MAIL.domain, OURS);
    await checkNow(acme, acmeDomain);
    await settle();
    receiver.reset();

    dns.mx.set(DEMO_MAIL.domain, [{ priority: 10, host: 'mx.elsewhere.example' }]);
    await checkNow(acme, acmeDomain);
    await settle();
    expect(events()).toEqual([
      {
        path: '/acme',
        type: 'domain.mx.problem',
        timestamp: expect.any(String),
        data: {
          domainId: acmeDomain,
          domainAliasId: null,
          domain: DEMO_MAIL.domain,
          status: 'WRONG',
          records: [{ priority: 10, host: 'mx.elsewhere.example' }],
          foreignHosts: ['mx.elsewhere.example'],
          expected: OURS,
          checkedAt: expect.any(String),
        },
      },
    ]);

    // Still wrong, wrong another way, or unknown for a while: nothing new to say.
    await checkNow(acme, acmeDomain);
    dns.mx.delete(DEMO_MAIL.domain);
    await checkNow(acme, acmeDomain);
    dns.servfail.add(DEMO_MAIL.domain);
    await checkNow(acme, acmeDomain);
    await settle();
    expect(events()).toHaveLength(1);

    dns.servfail.clear();
    dns.mx.set(DEMO_MAIL.domain, OURS);
    await checkNow(acme, acmeDomain);
    await checkNow(acme, acmeDomain);
    await settle();
    expect(events().map((e) => [e.path, e.type, e.data.status])).toEqual([
      ['/acme', 'domain.mx.problem', 'WRONG'],
      ['/acme', 'domain.mx.fixed', 'OK'],
    ]);

    // A domain alias is checked and reported the same way, naming itself and its domain.
    receiver.reset();
    const aliasId = (
      await acme.ok<{ domainAliases: { edges: { node: { id: string } }[] } }>(
        `{ domainAliases(domainId: "${acmeDomain}") { edges { node { id } } } }`,
      )
    ).domainAliases.edges[0]!.node.id;
    const checkAlias = async () => {
      await systemEm(server.app.orm).nativeUpdate(
        DomainAliasEntity,
        { id: aliasId },
        { mxCheckedAt: new Date(Date.now() - 3_600_000) },
      );
      return acme.ok<{ checkDomainAliasMx: { mxCheck: MxCheck } }>(
        `mutation { checkDomainAliasMx(id: "${aliasId}") { ${MX} } }`,
      );
    };
    // A known start again: the sweep above found the alias without MX records.
    dns.mx.set(DEMO_MAIL.domainAlias, OURS);
    await checkAlias();
    await settle();
    receiver.reset();
    dns.mx.set(DEMO_MAIL.domainAlias, [{ priority: 10, host: 'mx.elsewhere.example' }]);
    expect((await checkAlias()).checkDomainAliasMx.mxCheck).toMatchObject({
      status: 'WRONG',
      foreignHosts: ['mx.elsewhere.example'],
      expected: OURS,
    });
    // Delivered before the next one exists: two pending events may arrive in either order.
    await settle();
    dns.mx.set(DEMO_MAIL.domainAlias, OURS);
    expect((await checkAlias()).checkDomainAliasMx.mxCheck.status).toBe('OK');
    await settle();
    expect(events().map((e) => [e.path, e.type, e.data])).toEqual([
      [
        '/acme',
        'domain.mx.problem',
        expect.objectContaining({
          domainId: acmeDomain,
          domainAliasId: aliasId,
          domain: DEMO_MAIL.domainAlias,
          status: 'WRONG',
        }),
      ],
      [
        '/acme',
        'domain.mx.fixed',
        expect.objectContaining({ domainAliasId: aliasId, status: 'OK' }),
      ],
    ]);
    expect(
      (
        await acme.ok<{ domainAlias: { mxCheck: MxCheck } }>(
          `{ domainAlias(id: "${aliasId}") { ${MX} } }`,
        )
      ).domainAlias.mxCheck.status,
    ).toBe('OK');
    expect(
      codeOf(await globex.gql(`mutation { checkDomainAliasMx(id: "${aliasId}") { id } }`)),
    ).toBe('NOT_FOUND');

    // A domain not yet active has nothing to report, however wrong its records.
    receiver.reset();
    const pending = (
      await globex.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "mx-webhook-pending.example", postmasterPassword: "postmaster-1" }) { id } }`,
      )
    ).createDomain.id;
    await server.app.jobs.runDue();
    dns.mx.set('mx-webhook-pending.example', [{ priority: 10, host: 'mx.elsewhere.example' }]);
    expect((await checkNow(globex, pending)).data!.checkDomainMx.mxCheck.status).toBe('WRONG');
    await settle();
    expect(events()).toEqual([]);
  });

  it("e-mails the customer's contact address of a problem and its fix, in its language, unless it turned that off", async () => {
    const settle = async () => {
      for (;;) {
        const sent = (await server.app.outbox.drain()) + (await server.app.webhookJobs.runDue());
        if (sent === 0) return;
      }
    };
    dns.mx.set(DEMO_MAIL.domain, OURS);
    await checkNow(acme, acmeDomain);
    await settle();
    smtp.reset();

    dns.mx.set(DEMO_MAIL.domain, [{ priority: 10, host: 'mx.vecchio-provider.example' }]);
    await checkNow(acme, acmeDomain);
    await settle();
    expect(smtp.received).toHaveLength(1);
    const problem = smtp.received[0]!;
    expect(problem.to).toEqual(['admin@acme.example']);
    expect(problem.subject).toBe(
      `Intervento necessario: la posta per ${DEMO_MAIL.domain} non arriva`,
    );
    // White-label: the reseller's name as the sender and the signature.
    expect(problem.from).toContain('Rivendita Demo');
    expect(problem.text).toContain('mx.vecchio-provider.example');
    expect(problem.text).toContain('10  mx1.casella.test');
    expect(problem.text).toContain('20  mx2.casella.test');

    dns.mx.set(DEMO_MAIL.domain, OURS);
    await checkNow(acme, acmeDomain);
    await settle();
    expect(smtp.received.map((m) => m.subject)).toEqual([
      `Intervento necessario: la posta per ${DEMO_MAIL.domain} non arriva`,
      `Record MX sistemati: la posta per ${DEMO_MAIL.domain} arriva di nuovo`,
    ]);

    // Turned off: the webhooks still hear of it, the mailbox does not.
    const settings = (
      await acme.ok<{ notificationSettings: Record<string, unknown> }>(
        `{ notificationSettings { quotaEmailEnabled quotaEmailRecipients quotaWebhookEnabled } }`,
      )
    ).notificationSettings;
    await acme.ok(
      `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { mxEmailEnabled } }`,
      { input: { ...settings, mxEmailEnabled: false } },
    );
    smtp.reset();
    receiver.reset();
    dns.mx.delete(DEMO_MAIL.domain);
    await checkNow(acme, acmeDomain);
    await settle();
    expect(smtp.received).toEqual([]);
    expect(receiver.received.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual([
      'domain.mx.problem',
    ]);
  });
});
