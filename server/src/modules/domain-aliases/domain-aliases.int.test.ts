import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { startTestDnsServer, type TestDnsServer } from '../../test/dns/dns-server.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

const VERIFY_IP = '198.51.100.8';
type Alias = {
  id: string;
  name: string;
  asciiName: string;
  state: string;
  verifiedBy: string | null;
  verification: { recordName: string };
  domain: { name: string };
};
const FIELDS = `id name asciiName state verifiedBy verification { recordName } domain { name }`;

describe.skipIf(skipWithoutDatabase())('domain aliases', () => {
  let server: TestServer;
  let dns: TestDnsServer;
  let acme: TestClient;
  let domainId: string;
  beforeAll(async () => {
    dns = await startTestDnsServer();
    server = await startTestServer({ VERIFY_IP, DNS_SERVERS: dns.address });
    acme = await signedIn(server.url, 'acme');
    domainId = (
      await acme.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "negozio.example", postmasterPassword: "postmaster-1" }) { id } }`,
      )
    ).createDomain.id;
  });
  afterAll(async () => {
    await server?.destroy();
    await dns?.close();
  });

  const create = (name: string) =>
    acme.gql<{ createDomainAlias: Alias }>(
      `mutation($input: CreateDomainAliasInput!) { createDomainAlias(input: $input) { ${FIELDS} } }`,
      { input: { domainId, name } },
    );

  it('accepts an IDN name, stores its A-label and verifies it through DNS like a domain', async () => {
    const r = await create('Città-Negozio.IT');
    expect(r.errors).toBeUndefined();
    const a = r.data!.createDomainAlias;
    expect(a).toMatchObject({
      name: 'città-negozio.it',
      asciiName: new URL('http://città-negozio.it').hostname,
      state: 'UPDATING',
      domain: { name: 'negozio.example' },
    });
    expect(a.verification.recordName).toBe(
      `${a.verification.recordName.split('.')[0]}.${a.asciiName}`,
    );
    await server.app.jobs.runDue();
    dns.records.set(a.verification.recordName, [VERIFY_IP]);
    const checked = await acme.ok<{ checkDomainAliasVerification: Alias }>(
      `mutation { checkDomainAliasVerification(id: "${a.id}") { state verifiedBy } }`,
    );
    expect(checked.checkDomainAliasVerification).toMatchObject({
      state: 'ACTIVE',
      verifiedBy: 'DNS',
    });
  });

  it('refuses mixed-script names and names already on the platform (domains or aliases, any spelling)', async () => {
    const mixed = await create('\u0430pple-negozio.com');
    expect(mixed.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'name',
      code: 'NOT_ALLOWED',
    });
    for (const taken of [
      'NEGOZIO.example',
      new URL('http://città-negozio.it').hostname,
      'CITTÀ-negozio.it',
    ]) {
      const r = await create(taken);
      expect(codeOf(r), taken).toMatch(/CONFLICT/);
    }
    const asDomain = await acme.gql(
      `mutation { createDomain(input: { name: "CITTA-NEGOZIO.it", postmasterPassword: "postmaster-1" }) { id } }`,
    );
    expect(asDomain.errors).toBeUndefined(); // a different (ASCII) name: allowed
  });

  it('lists and deletes aliases of a domain; a member without DOMAINS_ADD cannot add one', async () => {
    const list = await acme.ok<{
      domainAliases: { totalCount: number; edges: { node: { id: string } }[] };
    }>(`{ domainAliases(domainId: "${domainId}") { totalCount edges { node { id } } } }`);
    expect(list.domainAliases.totalCount).toBe(1);
    await acme.ok(
      `mutation { createUser(input: { login: "acme-ro", password: "acme-ro-pass-1", name: "R", email: "r@acme.example", role: MEMBER, permissions: [DOMAINS_EDIT] }) { id } }`,
    );
    const member = await signedIn(server.url, 'acme');
    await member.login('acme-ro', 'acme-ro-pass-1');
    expect(
      codeOf(
        await member.gql(
          `mutation { createDomainAlias(input: { domainId: "${domainId}", name: "other-name.example" }) { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    const id = list.domainAliases.edges[0]!.node.id;
    expect(
      (await acme.ok<{ deleteDomainAlias: string }>(`mutation { deleteDomainAlias(id: "${id}") }`))
        .deleteDomainAlias,
    ).toBe(id);
  });
});
