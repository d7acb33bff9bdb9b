import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { JobEntity } from '../../infra/jobs/job.entity.js';
import { OutboxEventEntity } from '../../infra/outbox/outbox-event.entity.js';
import { QUOTA_CHECK_JOB, QUOTA_SWEEP_JOB } from '../quota-warnings/quota-check.job.js';
import { TestClient } from '../../test/graphql-client.js';
import { signedIn } from '../../test/demo.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { DEMO_MAIL } from './demo-data.js';

describe.skipIf(skipWithoutDatabase())('demo data the README lists', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.destroy());

  it('acme has an active domain with mailboxes, an alias and a verified domain alias', async () => {
    const acme = await signedIn(server.url, 'acme');
    const r = await acme.ok<{
      domains: {
        edges: { node: { id: string; name: string; state: string; mailboxCount: number } }[];
      };
    }>(`{ domains { edges { node { id name state mailboxCount } } } }`);
    const domain = r.domains.edges[0]!.node;
    expect(domain).toMatchObject({
      name: DEMO_MAIL.domain,
      state: 'ACTIVE',
      mailboxCount: DEMO_MAIL.mailboxes.length,
    });
    const aliases = await acme.ok<{
      aliases: { edges: { node: { address: string } }[] };
      domainAliases: { edges: { node: { name: string; state: string } }[] };
    }>(
      `{ aliases(domainId: "${domain.id}") { edges { node { address } } } domainAliases(domainId: "${domain.id}") { edges { node { name state } } } }`,
    );
    expect(aliases.aliases.edges[0]!.node.address).toBe(`info@${DEMO_MAIL.domain}`);
    expect(aliases.domainAliases.edges[0]!.node).toEqual({
      name: DEMO_MAIL.domainAlias,
      state: 'ACTIVE',
    });
  });

  it.each(DEMO_MAIL.mailboxes.map((m) => [m.localPart, m.password] as const))(
    'mailbox %s signs in with its listed password',
    async (localPart, password) => {
      const owner = new TestClient(server.url);
      expect(
        (await owner.login(`${localPart}@${DEMO_MAIL.domain}`, password)).errors,
      ).toBeUndefined();
      expect((await owner.ok<{ me: { kind: string } }>(`{ me { kind } }`)).me.kind).toBe('MAILBOX');
    },
  );

  it('the postmaster signs in with user + domain', async () => {
    const pm = new TestClient(server.url);
    const r = await pm.gql(
      `mutation { login(input: { login: "postmaster", domain: "${DEMO_MAIL.domain}", password: "${DEMO_MAIL.postmasterPassword}" }) { viewer { kind } } }`,
    );
    expect(r.data).toEqual({ login: { viewer: { kind: 'POSTMASTER' } } });
  });

  it('Anna is near her quota (90 % of 1 GB), and the quota checks send nothing for what was never news', async () => {
    const anna = new TestClient(server.url);
    await anna.login(`${DEMO_MAIL.nearQuota.localPart}@${DEMO_MAIL.domain}`, 'anna-2026');
    const { myMailbox } = await anna.ok<{
      myMailbox: { quotaMb: number; usage: { bytes: number; messages: number } | null };
    }>(`{ myMailbox { quotaMb usage { bytes messages } } }`);
    expect(myMailbox.usage).toEqual({
      bytes: DEMO_MAIL.nearQuota.bytes,
      messages: DEMO_MAIL.nearQuota.messages,
    });
    expect(myMailbox.usage!.bytes / (myMailbox.quotaMb * 1024 * 1024)).toBeCloseTo(0.9, 5);

    const em = systemEm(server.app.orm);
    const queued = await em.count(OutboxEventEntity, {});
    await em.nativeUpdate(
      JobEntity,
      { recurringKey: { $in: [QUOTA_CHECK_JOB, QUOTA_SWEEP_JOB] } },
      { runAt: new Date() },
    );
    expect(await server.app.jobs.runDue()).toBeGreaterThanOrEqual(2);
    expect(await em.count(OutboxEventEntity, {})).toBe(queued);
  });
});
