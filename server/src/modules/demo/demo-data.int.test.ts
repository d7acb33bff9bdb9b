import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
