import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient, type GraphQLResult } from '../../test/graphql-client.js';
import { acmeMail } from '../../test/mail-platform/acme-mail.js';
import { imapLogin } from '../../test/mail-platform/imap-session.js';
import { pop3Login, postmapQuery } from '../../test/mail-platform/mail-probes.js';
import {
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { startTestDnsServer, type TestDnsServer } from '../../test/dns/dns-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from './domain.entity.js';

const VERIFY_IP = '198.51.100.9';

const STATE = `id state verifiedAt customerSuspended verification { nextCheckAt }`;
type DomainState = {
  id: string;
  state: string;
  verifiedAt: string | null;
  customerSuspended: boolean;
  verification: { nextCheckAt: string | null };
};
type Change = 'disableDomain' | 'enableDomain' | 'suspendDomain' | 'reactivateDomain';

/** Runs a state change as `client`; the raw result, to look at errors too. */
const change = (client: TestClient, op: Change, id: string) =>
  client.gql<Record<Change, DomainState>>(`mutation($id: ID!) { ${op}(id: $id) { ${STATE} } }`, {
    id,
  });

/** The new state, failing the test on an error. */
const changed = async (client: TestClient, op: Change, id: string): Promise<string> => {
  const r = await change(client, op, id);
  if (r.errors) throw new Error(`${op}: ${JSON.stringify(r.errors)}`);
  return r.data![op].state;
};

const stateOf = async (client: TestClient, id: string): Promise<DomainState> =>
  (await client.ok<{ domain: DomainState }>(`{ domain(id: "${id}") { ${STATE} } }`)).domain;

const conflictState = (r: GraphQLResult) => {
  expect(codeOf(r)).toBe('CONFLICT');
  return r.errors![0]!.extensions!.state;
};

describe.skipIf(skipWithoutDatabase())('domain states through the API', () => {
  let server: TestServer;
  let dns: TestDnsServer;
  let acme: TestClient;
  let reseller: TestClient;
  let platform: TestClient;
  let domainId: string;
  let acmeOrgId: string;

  beforeAll(async () => {
    dns = await startTestDnsServer();
    server = await startTestServer({ VERIFY_IP, DNS_SERVERS: dns.address });
    [acme, reseller, platform] = await Promise.all([
      signedIn(server.url, 'acme'),
      signedIn(server.url, 'reseller'),
      signedIn(server.url, 'admin'),
    ]);
    domainId = (await acmeMail(acme)).domainId;
    acmeOrgId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
  });
  afterAll(async () => {
    await server?.destroy();
    await dns?.close();
  });

  const auditOf = async (id: string) =>
    (
      await acme.ok<{
        auditLog: { edges: { node: { action: string; before: unknown; after: unknown } }[] };
      }>(
        `{ auditLog(first: 50, filter: { objectId: "${id}" }) { edges { node { action before after } } } }`,
      )
    ).auditLog.edges.map((e) => e.node);

  it('a customer disables its domain and enables it again; both changes are in the audit log', async () => {
    expect(await changed(acme, 'disableDomain', domainId)).toBe('DISABLED');
    expect((await stateOf(reseller, domainId)).state).toBe('DISABLED');
    expect(await changed(acme, 'enableDomain', domainId)).toBe('ACTIVE');
    const entries = (await auditOf(domainId)).filter((e) => e.action.match(/able$/));
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: 'domain.disable', before: { state: 'ACTIVE' }, after: { state: 'DISABLED' } },
        { action: 'domain.enable', before: { state: 'DISABLED' }, after: { state: 'ACTIVE' } },
      ]),
    );
  });

  it('asking again for the state a domain is in changes nothing and records nothing', async () => {
    const before = (await auditOf(domainId)).length;
    expect(await changed(acme, 'enableDomain', domainId)).toBe('ACTIVE');
    expect(await changed(reseller, 'reactivateDomain', domainId)).toBe('ACTIVE');
    expect((await auditOf(domainId)).length).toBe(before);
  });

  it("a disabled domain's mailboxes are out of the panel: sessions end, sign-ins are refused", async () => {
    const postmaster = new TestClient(server.url);
    expect(
      (await postmaster.login('postmaster@acme-demo.it', 'postmaster-2026')).errors,
    ).toBeUndefined();
    await changed(acme, 'disableDomain', domainId);
    expect(codeOf(await postmaster.gql(`{ myMailbox { id } }`))).toBe('UNAUTHENTICATED');
    const again = await new TestClient(server.url).login('mario.rossi@acme-demo.it', 'mario-2026');
    expect(codeOf(again)).toBe('FORBIDDEN');
    expect(again.errors![0]!.message).toMatch(/disabled/);
    // Nor can mailboxes be added while it is off.
    const created = await acme.gql(
      `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "nuovo", password: "nuovo-2026" }) { id } }`,
    );
    expect(codeOf(created)).toBe('VALIDATION_FAILED');
    await changed(acme, 'enableDomain', domainId);
    expect(
      (await new TestClient(server.url).login('mario.rossi@acme-demo.it', 'mario-2026')).errors,
    ).toBeUndefined();
  });

  it('an unverified domain goes back to awaiting verification, its checks due at once, never straight to ACTIVE', async () => {
    const created = await acme.ok<{ createDomain: { id: string } }>(
      `mutation { createDomain(input: { name: "pending-states.example", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    const id = created.createDomain.id;
    // Still being set up: nothing can be switched yet.
    expect(conflictState(await change(acme, 'disableDomain', id))).toBe('UPDATING');
    expect(conflictState(await change(reseller, 'suspendDomain', id))).toBe('UPDATING');
    expect((await stateOf(acme, id)).state).toBe('UPDATING');
    await server.app.jobs.runDue();
    expect(await changed(acme, 'disableDomain', id)).toBe('DISABLED');
    expect(await changed(acme, 'enableDomain', id)).toBe('AWAITING_VERIFICATION');
    const after = await stateOf(acme, id);
    expect(after.verifiedAt).toBeNull();
    expect(new Date(after.verification.nextCheckAt!).getTime()).toBeLessThanOrEqual(Date.now());
    // A suspension of a pending domain also ends in waiting, not in ACTIVE.
    expect(await changed(reseller, 'suspendDomain', id)).toBe('SUSPENDED');
    expect(await changed(reseller, 'reactivateDomain', id)).toBe('AWAITING_VERIFICATION');
  });

  it('a domain disabled or suspended while the automatic check looks it up stays so; enabled, it is verified', async () => {
    const pending = async (name: string) => {
      const { createDomain } = await acme.ok<{
        createDomain: { id: string; verification: { recordName: string } };
      }>(
        `mutation { createDomain(input: { name: "${name}", postmasterPassword: "postmaster-1" }) { id verification { recordName } } }`,
      );
      return { id: createDomain.id, record: createDomain.verification.recordName };
    };
    const [slow, disabled, suspended] = [
      await pending('slow-lookup.example'),
      await pending('disabled-meanwhile.example'),
      await pending('suspended-meanwhile.example'),
    ];
    await server.app.jobs.runDue();
    // The first lookup gets no answer (a time-out): the others' proofs are found after it.
    dns.silent.add(slow.record);
    dns.records.set(disabled.record, [VERIFY_IP]);
    dns.records.set(suspended.record, [VERIFY_IP]);
    const due = (id: string, agoMs: number) =>
      systemEm(server.app.orm).nativeUpdate(
        DomainEntity,
        { id },
        { nextCheckAt: new Date(Date.now() - agoMs) },
      );
    await due(slow.id, 60_000);
    await due(disabled.id, 50_000);
    await due(suspended.id, 40_000);
    const run = server.app.services.domains.checkDue(systemEm(server.app.orm), [DomainEntity]);
    await expect.poll(() => dns.queries.includes(slow.record)).toBe(true);
    await changed(acme, 'disableDomain', disabled.id);
    await changed(reseller, 'suspendDomain', suspended.id);
    await run;
    expect((await stateOf(acme, disabled.id)).state).toBe('DISABLED');
    expect((await stateOf(acme, suspended.id)).state).toBe('SUSPENDED');
    // What the checks saw is still recorded where the name was still pending.
    const slowAfter = await acme.ok<{
      domain: { state: string; verification: { lastError: string } };
    }>(`{ domain(id: "${slow.id}") { state verification { lastError } } }`);
    expect(slowAfter.domain).toEqual({
      state: 'AWAITING_VERIFICATION',
      verification: { lastError: 'The DNS servers did not answer in time.' },
    });
    // Back to waiting, the next automatic check proves it.
    expect(await changed(acme, 'enableDomain', disabled.id)).toBe('AWAITING_VERIFICATION');
    await server.app.services.domains.checkDue(systemEm(server.app.orm), [DomainEntity]);
    expect((await stateOf(acme, disabled.id)).state).toBe('ACTIVE');
  });

  it('the reseller suspends for billing; the customer can neither enable, disable nor reactivate it', async () => {
    expect(await changed(reseller, 'suspendDomain', domainId)).toBe('SUSPENDED');
    const enable = await change(acme, 'enableDomain', domainId);
    expect(conflictState(enable)).toBe('SUSPENDED');
    expect(enable.errors![0]!.message).toMatch(/suspended by your provider/);
    expect(conflictState(await change(acme, 'disableDomain', domainId))).toBe('SUSPENDED');
    expect(codeOf(await change(acme, 'reactivateDomain', domainId))).toBe('FORBIDDEN');
    expect((await stateOf(acme, domainId)).state).toBe('SUSPENDED');
    expect(await changed(reseller, 'reactivateDomain', domainId)).toBe('ACTIVE');
    const actions = (await auditOf(domainId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['domain.suspend', 'domain.reactivate']));
  });

  it('a domain the customer had disabled stays disabled when the suspension is lifted', async () => {
    await changed(acme, 'disableDomain', domainId);
    expect(await changed(reseller, 'suspendDomain', domainId)).toBe('SUSPENDED');
    expect(await changed(reseller, 'reactivateDomain', domainId)).toBe('DISABLED');
    expect(await changed(acme, 'enableDomain', domainId)).toBe('ACTIVE');
  });

  it('the platform suspends too; customers, managers, postmasters, impersonation and read-only tokens cannot', async () => {
    expect(await changed(platform, 'suspendDomain', domainId)).toBe('SUSPENDED');
    expect(await changed(platform, 'reactivateDomain', domainId)).toBe('ACTIVE');

    expect(codeOf(await change(acme, 'suspendDomain', domainId))).toBe('FORBIDDEN');

    await reseller.ok(
      `mutation { createUser(input: { login: "acme-manager", password: "manager-pass-1", name: "Manager", email: "m@rivendita.example", role: MANAGER, permissions: [DOMAINS_EDIT], grantedCustomerIds: ["${acmeOrgId}"] }) { id } }`,
    );
    const manager = new TestClient(server.url);
    await manager.login('acme-manager', 'manager-pass-1');
    expect(codeOf(await change(manager, 'suspendDomain', domainId))).toBe('FORBIDDEN');
    // Customer-level rights: the manager may use the customer's own switch.
    expect(await changed(manager, 'disableDomain', domainId)).toBe('DISABLED');
    expect(await changed(manager, 'enableDomain', domainId)).toBe('ACTIVE');

    const postmaster = new TestClient(server.url);
    await postmaster.login('postmaster@acme-demo.it', 'postmaster-2026');
    expect(codeOf(await change(postmaster, 'disableDomain', domainId))).toBe('FORBIDDEN');

    const impersonator = await signedIn(server.url, 'reseller');
    await impersonator.ok(`mutation { impersonate(organisationId: "${acmeOrgId}") { id } }`);
    expect(codeOf(await change(impersonator, 'suspendDomain', domainId))).toBe('FORBIDDEN');

    const token = await acme.ok<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "read only", scopes: [READ] }) { secret } }`,
    );
    const partner = new TestClient(server.url).withToken(token.createApiToken.secret);
    expect(codeOf(await change(partner, 'disableDomain', domainId))).toBe('FORBIDDEN');
    expect((await stateOf(acme, domainId)).state).toBe('ACTIVE');
  });

  it('a bad ID is a validation error and changes nothing', async () => {
    const r = await change(acme, 'disableDomain', 'not-an-id');
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect((await stateOf(acme, domainId)).state).toBe('ACTIVE');
  });

  it("a suspended customer's (or reseller's) domains say they are held, whatever their own state", async () => {
    expect((await stateOf(reseller, domainId)).customerSuspended).toBe(false);
    await reseller.ok(`mutation { suspendOrganisation(id: "${acmeOrgId}") { id } }`);
    expect(await stateOf(reseller, domainId)).toMatchObject({
      state: 'ACTIVE',
      customerSuspended: true,
    });
    await reseller.ok(`mutation { reactivateOrganisation(id: "${acmeOrgId}") { id } }`);
    expect((await stateOf(reseller, domainId)).customerSuspended).toBe(false);

    const resellerId = (
      await reseller.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    await platform.ok(`mutation { suspendOrganisation(id: "${resellerId}") { id } }`);
    const { domains } = await platform.ok<{
      domains: { edges: { node: { id: string; customerSuspended: boolean } }[] };
    }>(`{ domains(first: 100) { edges { node { id customerSuspended } } } }`);
    expect(domains.edges.find((e) => e.node.id === domainId)?.node.customerSuspended).toBe(true);
    await platform.ok(`mutation { reactivateOrganisation(id: "${resellerId}") { id } }`);
    expect((await stateOf(platform, domainId)).customerSuspended).toBe(false);
  });
});

const runs = requireMailPlatform();

describe.skipIf(skipWithoutDatabase() || !runs)('the mail platform follows domain states', () => {
  let mp: MailPlatform;
  let acme: TestClient;
  let reseller: TestClient;
  let domainId: string;
  beforeAll(async () => {
    mp = await startMailPlatform();
    [acme, reseller] = await Promise.all([
      signedIn(mp.server.url, 'acme'),
      signedIn(mp.server.url, 'reseller'),
    ]);
    domainId = (await acmeMail(acme)).domainId;
  });
  afterAll(async () => mp?.stop());

  /** Mario signing in by IMAP and POP3, and whether Postfix takes mail for the domain. */
  const service = async () => ({
    imap: await imapLogin(mp.imapPort, 'mario.rossi@acme-demo.it', 'mario-2026'),
    pop3: await pop3Login(mp.pop3Port, 'mario.rossi@acme-demo.it', 'mario-2026'),
    delivers: (await postmapQuery(mp.table('domains'), 'acme-demo.it')) !== null,
  });
  const ON = { imap: true, pop3: true, delivers: true };
  const OFF = { imap: false, pop3: false, delivers: false };

  it("a disabled domain's mailboxes cannot log in to Dovecot and get no mail until it is enabled", async () => {
    expect(await service()).toEqual(ON);
    await changed(acme, 'disableDomain', domainId);
    expect(await service()).toEqual(OFF);
    await changed(acme, 'enableDomain', domainId);
    expect(await service()).toEqual(ON);
  });

  it('a suspended domain is off until its provider reactivates it, not when the customer tries', async () => {
    await changed(reseller, 'suspendDomain', domainId);
    expect(await service()).toEqual(OFF);
    expect(codeOf(await change(acme, 'enableDomain', domainId))).toBe('CONFLICT');
    expect(await service()).toEqual(OFF);
    await changed(reseller, 'reactivateDomain', domainId);
    expect(await service()).toEqual(ON);
  });
});
