import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from './domain.entity.js';

const SETTINGS = `settings { maxMailboxes maxQuotaGb defaultQuotaGb services { pop imap smtp webmail } allowedIps catchAll } mailboxCount remainingMailboxes`;

describe.skipIf(skipWithoutDatabase())('domain settings and plan limits', () => {
  let server: TestServer;
  let acme: TestClient;
  let reseller: TestClient;
  let acmeId: string;
  let domainId: string;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await signedIn(server.url, 'acme');
    reseller = await signedIn(server.url, 'reseller');
    acmeId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    domainId = (
      await acme.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "limits.example", postmasterPassword: "postmaster-1" }) { id } }`,
      )
    ).createDomain.id;
    await server.app.jobs.runDue();
    await systemEm(server.app.orm).nativeUpdate(
      DomainEntity,
      { id: domainId },
      { state: 'ACTIVE' },
    );
  });
  afterAll(async () => server?.destroy());

  const mailbox = (localPart: string, extra = '') =>
    acme.gql(
      `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "${localPart}", password: "${localPart}-pass-1"${extra} }) { quotaMb } }`,
    );

  it('customers set services, allowed IPs, catch-all and the default quota; limits come from the provider', async () => {
    const r = await acme.ok<{ updateDomainSettings: { settings: Record<string, unknown> } }>(
      `mutation { updateDomainSettings(id: "${domainId}", input: { services: { pop: false }, allowedIps: ["203.0.113.4", "198.51.100.0/24", "2001:db8::/32"], catchAll: "Boss@Limits.example", defaultQuotaGb: 2 }) { ${SETTINGS} } }`,
    );
    expect(r.updateDomainSettings.settings).toEqual({
      maxMailboxes: null,
      maxQuotaGb: null,
      defaultQuotaGb: 2,
      services: { pop: false, imap: true, smtp: true, webmail: true },
      allowedIps: ['203.0.113.4', '198.51.100.0/24', '2001:db8::/32'],
      catchAll: 'boss@limits.example',
    });
    const limit = await acme.gql(
      `mutation { updateDomainSettings(id: "${domainId}", input: { maxMailboxes: 100 }) { id } }`,
    );
    expect(limit.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'maxMailboxes',
      code: 'NOT_ALLOWED',
    });
    expect(
      ((await mailbox('uses-default')).data as { createMailbox: { quotaMb: number } }).createMailbox
        .quotaMb,
    ).toBe(2048);
  });

  it('refuses more than 5 IPs, malformed IPs, a default above the maximum', async () => {
    const six = await acme.gql(
      `mutation { updateDomainSettings(id: "${domainId}", input: { allowedIps: ["1.1.1.1","1.1.1.2","1.1.1.3","1.1.1.4","1.1.1.5","1.1.1.6"] }) { id } }`,
    );
    expect(six.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'allowedIps',
      code: 'TOO_LONG',
    });
    const bad = await acme.gql(
      `mutation { updateDomainSettings(id: "${domainId}", input: { allowedIps: ["300.1.1.1"] }) { id } }`,
    );
    expect(bad.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'allowedIps.0',
      code: 'INVALID_FORMAT',
    });
    await reseller.ok(
      `mutation { updateDomainSettings(id: "${domainId}", input: { maxQuotaGb: 4 }) { id } }`,
    );
    const over = await acme.gql(
      `mutation { updateDomainSettings(id: "${domainId}", input: { defaultQuotaGb: 8 }) { id } }`,
    );
    expect(over.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'defaultQuotaGb',
      code: 'INVALID_VALUE',
    });
    const tooBig = await mailbox('too-big', ', quotaGb: 5');
    expect(tooBig.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'quotaGb',
      code: 'NOT_ALLOWED',
      message: 'At most 4 GB on this domain',
    });
  });

  it('catch-all is not available during a free trial', async () => {
    await reseller.ok(
      `mutation { setOrganisationLimits(id: "${acmeId}", input: { trialEndsAt: "${new Date(Date.now() + 86_400_000).toISOString()}" }) { id } }`,
    );
    const r = await acme.gql(
      `mutation { updateDomainSettings(id: "${domainId}", input: { catchAll: "other@limits.example" }) { id } }`,
    );
    expect(r.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'catchAll',
      code: 'NOT_ALLOWED',
      message: 'Catch-all is not available during the free trial',
    });
    await reseller.ok(
      `mutation { setOrganisationLimits(id: "${acmeId}", input: { trialEndsAt: null }) { id } }`,
    );
  });

  it("the domain's own mailbox limit and the customer's plan are enforced with an error naming the limit", async () => {
    await reseller.ok(
      `mutation { updateDomainSettings(id: "${domainId}", input: { maxMailboxes: 2 }) { id } }`,
    );
    expect((await mailbox('second')).errors).toBeUndefined();
    const third = await mailbox('third');
    expect(codeOf(third)).toBe('CONFLICT');
    expect(third.errors![0]!.message).toBe('The limit of 2 mailboxes of this domain is reached.');
    const d = await acme.ok<{ domain: { mailboxCount: number; remainingMailboxes: number } }>(
      `{ domain(id: "${domainId}") { mailboxCount remainingMailboxes } }`,
    );
    expect(d.domain).toEqual({ mailboxCount: 2, remainingMailboxes: 0 });
    await reseller.ok(
      `mutation { updateDomainSettings(id: "${domainId}", input: { maxMailboxes: null }) { id } }`,
    );
    // The plan allows exactly one more mailbox than acme has now, and no more domains.
    const usage = await acme.ok<{
      domains: { totalCount: number; edges: { node: { mailboxCount: number } }[] };
    }>(`{ domains(first: 100) { totalCount edges { node { mailboxCount } } } }`);
    const used = usage.domains.edges.reduce((n, e) => n + e.node.mailboxCount, 0);
    await reseller.ok(
      `mutation { setOrganisationLimits(id: "${acmeId}", input: { maxMailboxes: ${used + 1}, maxDomains: ${usage.domains.totalCount} }) { id } }`,
    );
    expect((await mailbox('third')).errors).toBeUndefined();
    const fourth = await mailbox('fourth');
    expect(fourth.errors![0]!.message).toMatch(
      new RegExp(`limit of ${used + 1} mailboxes of the plan is reached`),
    );
    const domain = await acme.gql(
      `mutation { createDomain(input: { name: "second-limits.example", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    expect(domain.errors![0]!.message).toMatch(
      new RegExp(`limit of ${usage.domains.totalCount} domains of the plan is reached`),
    );
  });

  it("a reseller's pool caps all its customers together; only a parent sets limits", async () => {
    const platform = await signedIn(server.url, 'admin');
    const resellerId = (
      await reseller.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    await platform.ok(
      `mutation { setOrganisationLimits(id: "${resellerId}", input: { maxDomains: 1 }) { id } }`,
    );
    const globex = await signedIn(server.url, 'globex');
    const r = await globex.gql(
      `mutation { createDomain(input: { name: "globex-pool.example", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    expect(r.errors![0]!.message).toBe(
      "The limit of 1 domains of Rivendita Demo's pool is reached. Upgrade the plan or remove some first.",
    );
    expect(
      codeOf(
        await reseller.gql(
          `mutation { setOrganisationLimits(id: "${resellerId}", input: { maxDomains: 100 }) { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await acme.gql(
          `mutation { setOrganisationLimits(id: "${acmeId}", input: { maxDomains: 100 }) { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
