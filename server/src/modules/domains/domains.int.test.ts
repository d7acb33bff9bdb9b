import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { startTestDnsServer, type TestDnsServer } from '../../test/dns/dns-server.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from './domain.entity.js';

const VERIFY_IP = '198.51.100.7';
const DOMAIN_FIELDS = `id name asciiName state verifiedBy verification { recordName recordType recordValue lastSeen lastError lastCheckAt nextCheckAt emailAddresses emailCodeSentTo }`;
type Domain = {
  id: string;
  name: string;
  asciiName: string;
  state: string;
  verifiedBy: string | null;
  verification: {
    recordName: string;
    recordValue: string;
    lastSeen: string[];
    lastError: string | null;
    nextCheckAt: string | null;
    emailAddresses: string[];
    emailCodeSentTo: string | null;
  };
};

describe.skipIf(skipWithoutDatabase())('domains and ownership verification', () => {
  let server: TestServer;
  let dns: TestDnsServer;
  let acme: TestClient;
  const mails: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;

  beforeAll(async () => {
    dns = await startTestDnsServer();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    server = await startTestServer({
      VERIFY_IP,
      DNS_SERVERS: dns.address,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    });
    acme = await signedIn(server.url, 'acme');
  });
  afterAll(async () => {
    await server?.destroy();
    await dns?.close();
    await new Promise<void>((r) => smtp?.close(() => r()));
  });

  const create = async (name: string, extra: Record<string, unknown> = {}) =>
    acme.gql<{ createDomain: Domain }>(
      `mutation($input: CreateDomainInput!) { createDomain(input: $input) { ${DOMAIN_FIELDS} } }`,
      {
        input: { name, postmasterPassword: 'postmaster-1', ...extra },
      },
    );

  const provisioned = async (id: string): Promise<Domain> => {
    await server.app.jobs.runDue();
    return (await acme.ok<{ domain: Domain }>(`{ domain(id: "${id}") { ${DOMAIN_FIELDS} } }`))
      .domain;
  };

  it('creates a domain from what follows the @, then waits for verification with the record to create', async () => {
    const r = await create('  Bottega-Rossi.IT ');
    expect(r.errors).toBeUndefined();
    const d = r.data!.createDomain;
    expect(d).toMatchObject({ name: 'bottega-rossi.it', state: 'UPDATING' });
    expect(d.verification.recordName).toMatch(/^d\d{9}\.bottega-rossi\.it$/);
    expect(d.verification.recordValue).toBe(VERIFY_IP);
    expect(d.verification.emailAddresses).toEqual([
      'postmaster@bottega-rossi.it',
      'hostmaster@bottega-rossi.it',
      'webmaster@bottega-rossi.it',
      'info@bottega-rossi.it',
    ]);
    const after = await provisioned(d.id);
    expect(after.state).toBe('AWAITING_VERIFICATION');
    expect(after.verification.nextCheckAt).not.toBeNull();
  });

  it('refuses bad names, IDN names, www. unless confirmed, weak postmaster passwords and duplicates in any spelling', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['info@shop.example', {}, 'name', 'INVALID_FORMAT'],
      ['città.it', {}, 'name', 'NOT_ALLOWED'],
      ['www.shop.example', {}, 'name', 'NOT_ALLOWED'],
      [
        'shop.example',
        { postmasterPassword: 'onlyletters' },
        'postmasterPassword',
        'WEAK_PASSWORD',
      ],
    ];
    for (const [name, extra, field, code] of cases) {
      const r = await create(name, extra);
      expect(r.errors![0]!.extensions, name).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(r.errors![0]!.extensions!.fields).toContainEqual(
        expect.objectContaining({ field, code }),
      );
    }
    expect((await create('www.shop.example', { allowWww: true })).errors).toBeUndefined();
    const dup = await (
      await signedIn(server.url, 'globex')
    ).gql(
      `mutation { createDomain(input: { name: "BOTTEGA-ROSSI.it.", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    expect(dup.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'name', code: 'TAKEN' }],
    });
    expect(
      await systemEm(server.app.orm).count(DomainEntity, { name: { $like: '%shop.example' } }),
    ).toBe(1);
  });

  it('"check now": a missing record, a wrong address and a silent DNS server leave it pending; the right address activates it', async () => {
    const d = (await create('verify-me.example')).data!.createDomain;
    await provisioned(d.id);
    const check = async () =>
      (
        await acme.ok<{ checkDomainVerification: Domain }>(
          `mutation { checkDomainVerification(id: "${d.id}") { ${DOMAIN_FIELDS} } }`,
        )
      ).checkDomainVerification;
    const missing = await check();
    expect(missing.state).toBe('AWAITING_VERIFICATION');
    expect(missing.verification.lastError).toBe('No A record found for this name.');
    dns.records.set(d.verification.recordName, ['203.0.113.9']);
    const wrong = await check();
    expect(wrong.state).toBe('AWAITING_VERIFICATION');
    expect(wrong.verification.lastSeen).toEqual(['203.0.113.9']);
    dns.silent.add(d.verification.recordName);
    const silent = await check();
    expect(silent.verification.lastError).toBe('The DNS servers did not answer in time.');
    dns.silent.delete(d.verification.recordName);
    dns.records.set(d.verification.recordName, [VERIFY_IP]);
    const ok = await check();
    expect(ok).toMatchObject({ state: 'ACTIVE', verifiedBy: 'DNS' });
    expect(dns.queries).toContain(d.verification.recordName);
  }, 30_000);

  it('re-checks pending domains automatically, backing off after each miss', async () => {
    const d = (await create('auto-check.example')).data!.createDomain;
    await provisioned(d.id);
    const em = systemEm(server.app.orm);
    await em.nativeUpdate(DomainEntity, { id: d.id }, { nextCheckAt: new Date(Date.now() - 1000) });
    expect(
      await server.app.services.domains.checkDue(systemEm(server.app.orm), [DomainEntity]),
    ).toBeGreaterThanOrEqual(1);
    const first = await systemEm(server.app.orm).findOneOrFail(DomainEntity, { id: d.id });
    const firstDelay = first.nextCheckAt!.getTime() - first.lastCheckAt!.getTime();
    dns.records.set(d.verification.recordName, [VERIFY_IP]);
    await systemEm(server.app.orm).nativeUpdate(
      DomainEntity,
      { id: d.id },
      { nextCheckAt: new Date(Date.now() - 1000) },
    );
    await server.app.services.domains.checkDue(systemEm(server.app.orm), [DomainEntity]);
    const done = await systemEm(server.app.orm).findOneOrFail(DomainEntity, { id: d.id });
    expect(done.state).toBe('ACTIVE');
    expect(firstDelay).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
  });

  it('verifies by e-mail: the code arrives at the chosen address; wrong codes are limited', async () => {
    const d = (await create('by-mail.example')).data!.createDomain;
    await provisioned(d.id);
    const sent = await acme.ok<{ sendDomainVerificationEmail: Domain }>(
      `mutation { sendDomainVerificationEmail(id: "${d.id}", mailbox: HOSTMASTER) { ${DOMAIN_FIELDS} } }`,
    );
    expect(sent.sendDomainVerificationEmail.verification.emailCodeSentTo).toBe(
      'hostmaster@by-mail.example',
    );
    const again = await acme.gql(
      `mutation { sendDomainVerificationEmail(id: "${d.id}", mailbox: INFO) { id } }`,
    );
    expect(codeOf(again)).toBe('RATE_LIMITED');
    await server.app.outbox.drain();
    const mail = mails.find((m) => m.to.includes('hostmaster@by-mail.example'))!;
    expect(mail.raw).toMatch(/From: "?Rivendita Demo"? </);
    const code = /^\s+(\d{6})\s*$/m.exec(mail.raw)![1]!;
    const wrong = await acme.gql(
      `mutation { confirmDomainVerificationCode(id: "${d.id}", code: "${code === '000000' ? '111111' : '000000'}") { id } }`,
    );
    expect(wrong.errors![0]!.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'code', code: 'MISMATCH', message: 'Wrong code (4 attempts left)' }],
    });
    const malformed = await acme.gql(
      `mutation { confirmDomainVerificationCode(id: "${d.id}", code: "12ab") { id } }`,
    );
    expect(malformed.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'code',
      code: 'INVALID_FORMAT',
    });
    const ok = await acme.ok<{ confirmDomainVerificationCode: Domain }>(
      `mutation { confirmDomainVerificationCode(id: "${d.id}", code: "${code}") { state verifiedBy } }`,
    );
    expect(ok.confirmDomainVerificationCode).toEqual({ state: 'ACTIVE', verifiedBy: 'EMAIL' });
  });

  it('locks the code after five wrong tries', async () => {
    const d = (await create('locked-code.example')).data!.createDomain;
    await provisioned(d.id);
    await acme.ok(
      `mutation { sendDomainVerificationEmail(id: "${d.id}", mailbox: POSTMASTER) { id } }`,
    );
    for (let i = 0; i < 5; i++)
      await acme.gql(
        `mutation { confirmDomainVerificationCode(id: "${d.id}", code: "99999${i}") { id } }`,
      );
    const locked = await acme.gql(
      `mutation { confirmDomainVerificationCode(id: "${d.id}", code: "999990") { id } }`,
    );
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect((await systemEm(server.app.orm).findOneOrFail(DomainEntity, { id: d.id })).state).toBe(
      'AWAITING_VERIFICATION',
    );
  });

  it('a reseller creates domains for its customers; customers need no customerId; members need DOMAINS_ADD', async () => {
    const reseller = await signedIn(server.url, 'reseller');
    const noCustomer = await reseller.gql(
      `mutation { createDomain(input: { name: "for-whom.example", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    expect(noCustomer.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'customerId',
      code: 'REQUIRED',
    });
    const acmeId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    const made = await reseller.ok<{ createDomain: { customer: { name: string } } }>(
      `mutation { createDomain(input: { customerId: "${acmeId}", name: "from-reseller.example", postmasterPassword: "postmaster-1" }) { customer { name } } }`,
    );
    expect(made.createDomain.customer.name).toBe('Acme S.r.l.');
    await acme.ok(
      `mutation { createUser(input: { login: "acme-viewer", password: "acme-viewer-1", name: "V", email: "v@acme.example", role: MEMBER, permissions: [LOGS_VIEW] }) { id } }`,
    );
    const member = await signedIn(server.url, 'acme');
    await member.login('acme-viewer', 'acme-viewer-1');
    const denied = await member.gql(
      `mutation { createDomain(input: { name: "member.example", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });

  it('lists and searches domains; deletes one', async () => {
    const list = await acme.ok<{
      domains: { totalCount: number; edges: { node: { name: string } }[] };
    }>(
      `{ domains(filter: { search: "example" }, orderBy: { field: NAME, direction: ASC }) { totalCount edges { node { name } } } }`,
    );
    const names = list.domains.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    const id = (
      await acme.ok<{ domains: { edges: { node: { id: string; name: string } }[] } }>(
        `{ domains(filter: { search: "locked-code" }) { edges { node { id name } } } }`,
      )
    ).domains.edges[0]!.node.id;
    expect(
      (await acme.ok<{ deleteDomain: string }>(`mutation { deleteDomain(id: "${id}") }`))
        .deleteDomain,
    ).toBe(id);
    expect(codeOf(await acme.gql(`{ domain(id: "${id}") { id } }`))).toBe('NOT_FOUND');
  });
});
