import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

const CREATE = `mutation($input: DomainProfileInput!) { createDomainProfile(input: $input) { id name maxMailboxes maxQuotaGb defaultQuotaGb services { pop imap } own } }`;

describe.skipIf(skipWithoutDatabase())('domain profiles', () => {
  let server: TestServer;
  let reseller: TestClient;
  let acme: TestClient;
  beforeAll(async () => {
    server = await startTestServer();
    reseller = await signedIn(server.url, 'reseller');
    acme = await signedIn(server.url, 'acme');
  });
  afterAll(async () => server?.destroy());

  it('a reseller defines profiles its customers pick; applying one copies limits, quotas and services', async () => {
    const created = await reseller.ok<{ createDomainProfile: { id: string; own: boolean } }>(
      CREATE,
      {
        input: {
          name: 'Small office',
          maxMailboxes: 10,
          maxQuotaGb: 4,
          defaultQuotaGb: 2,
          services: { pop: false },
        },
      },
    );
    expect(created.createDomainProfile.own).toBe(true);
    const seen = await acme.ok<{
      domainProfiles: { edges: { node: { name: string; own: boolean } }[] };
    }>(`{ domainProfiles { edges { node { name own } } } }`);
    expect(seen.domainProfiles.edges.map((e) => e.node)).toEqual([
      { name: 'Small office', own: false },
    ]);
    const domain = (
      await acme.ok<{ domains: { edges: { node: { id: string } }[] } }>(
        `{ domains { edges { node { id } } } }`,
      )
    ).domains.edges[0]!.node.id;
    const applied = await acme.ok<{ updateDomainSettings: { settings: Record<string, unknown> } }>(
      `mutation { updateDomainSettings(id: "${domain}", input: { profileId: "${created.createDomainProfile.id}" }) { settings { profileId maxMailboxes maxQuotaGb defaultQuotaGb services { pop imap smtp webmail } } } }`,
    );
    expect(applied.updateDomainSettings.settings).toEqual({
      profileId: created.createDomainProfile.id,
      maxMailboxes: 10,
      maxQuotaGb: 4,
      defaultQuotaGb: 2,
      services: { pop: false, imap: true, smtp: true, webmail: true },
    });
  });

  it('customers cannot define profiles; bad quotas and duplicate names are refused', async () => {
    expect(codeOf(await acme.gql(CREATE, { input: { name: 'Mine' } }))).toBe('FORBIDDEN');
    const bad = await reseller.gql(CREATE, {
      input: { name: 'Odd', maxQuotaGb: 4, defaultQuotaGb: 8 },
    });
    expect(bad.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'defaultQuotaGb',
      code: 'INVALID_VALUE',
    });
    const dup = await reseller.gql(CREATE, { input: { name: 'Small office' } });
    expect(dup.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'name' }],
    });
  });

  it("the platform's profiles reach everyone; another reseller's do not", async () => {
    const platform = await signedIn(server.url, 'admin');
    await platform.ok(CREATE, { input: { name: 'Platform standard' } });
    await platform.ok(
      `mutation { createReseller(input: { name: "Second", contactEmail: "s@s.example", admin: { login: "second-r", password: "second-r-pass-1" } }) { id } }`,
    );
    const second = await signedIn(server.url, 'admin');
    await second.login('second-r', 'second-r-pass-1');
    const names = (
      await second.ok<{ domainProfiles: { edges: { node: { name: string } }[] } }>(
        `{ domainProfiles { edges { node { name } } } }`,
      )
    ).domainProfiles.edges.map((e) => e.node.name);
    expect(names).toEqual(['Platform standard']);
    const names2 = (
      await acme.ok<{ domainProfiles: { edges: { node: { name: string } }[] } }>(
        `{ domainProfiles { edges { node { name } } } }`,
      )
    ).domainProfiles.edges.map((e) => e.node.name);
    expect(names2).toEqual(['Platform standard', 'Small office']);
  });
});
