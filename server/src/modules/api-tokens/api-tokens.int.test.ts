import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { ApiTokenEntity } from './api-token.entity.js';

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name prefix scopes createdAt lastUsedAt expiresAt revokedAt ownerLogin } } }`;
type Created = {
  createApiToken: {
    secret: string;
    token: { id: string; prefix: string; lastUsedAt: string | null; ownerLogin: string };
  };
};

describe.skipIf(skipWithoutDatabase())('API tokens for partners', () => {
  let server: TestServer;
  let reseller: TestClient;
  beforeAll(async () => {
    server = await startTestServer();
    reseller = await signedIn(server.url, 'reseller');
  });
  afterAll(async () => server?.destroy());

  it('shows the secret once, stores only its hash, and lists the token without it', async () => {
    const { createApiToken } = await reseller.ok<Created>(CREATE, {
      input: { name: 'billing sync', scopes: ['READ'] },
    });
    expect(createApiToken.secret).toMatch(/^cas_[A-Za-z0-9_-]{40}$/);
    expect(createApiToken.secret.startsWith(createApiToken.token.prefix)).toBe(true);
    expect(createApiToken.token.ownerLogin).toBe('reseller');
    const list = await reseller.gql(
      `{ apiTokens { edges { node { id name scopes lastUsedAt } } } }`,
    );
    expect(JSON.stringify(list)).not.toContain(createApiToken.secret);
    const row = await systemEm(server.app.orm).findOneOrFail(ApiTokenEntity, {
      id: createApiToken.token.id,
    });
    expect(row.secretHash).not.toContain(createApiToken.secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('authenticates as its owner, records its use, and needs no CSRF token', async () => {
    const { createApiToken } = await reseller.ok<Created>(CREATE, {
      input: { name: 'partner', scopes: ['READ', 'WRITE'] },
    });
    const partner = new TestClient(server.url).withToken(createApiToken.secret);
    const me = await partner.ok<{
      me: { login: string; authenticatedBy: string; scopes: string[] };
    }>(`{ me { login authenticatedBy scopes } }`);
    expect(me.me).toEqual({
      login: 'reseller',
      authenticatedBy: 'API_TOKEN',
      scopes: ['READ', 'WRITE'],
    });
    const customers = await partner.ok<{ customers: { totalCount: number } }>(
      `{ customers { totalCount } }`,
    );
    expect(customers.customers.totalCount).toBe(2);
    const listed = await reseller.ok<{
      apiTokens: { edges: { node: { id: string; lastUsedAt: string | null } }[] };
    }>(`{ apiTokens { edges { node { id lastUsedAt } } } }`);
    expect(
      listed.apiTokens.edges.find((e) => e.node.id === createApiToken.token.id)?.node.lastUsedAt,
    ).not.toBeNull();
  });

  it('a read-only token cannot change anything', async () => {
    const { createApiToken } = await reseller.ok<Created>(CREATE, {
      input: { name: 'readonly', scopes: ['READ'] },
    });
    const partner = new TestClient(server.url).withToken(createApiToken.secret);
    const r = await partner.gql(
      `mutation { createCustomer(input: { name: "Nope", contactEmail: "n@n.example", admin: { login: "nope-login", password: "nope-pass-123" } }) { id } }`,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/read-only/);
    expect(
      (await reseller.ok<{ customers: { totalCount: number } }>(`{ customers { totalCount } }`))
        .customers.totalCount,
    ).toBe(2);
  });

  it('a revoked token stops working at once with a clear error', async () => {
    const { createApiToken } = await reseller.ok<Created>(CREATE, {
      input: { name: 'to revoke', scopes: ['READ'] },
    });
    const partner = new TestClient(server.url).withToken(createApiToken.secret);
    expect((await partner.gql(`{ me { id } }`)).errors).toBeUndefined();
    const revoked = await reseller.ok<{ revokeApiToken: { revokedAt: string } }>(
      `mutation { revokeApiToken(id: "${createApiToken.token.id}") { revokedAt } }`,
    );
    expect(revoked.revokeApiToken.revokedAt).toBeTruthy();
    const r = await partner.gql(`{ me { id } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.status).toBe(401);
    expect(r.errors![0]!.message).toBe('The API token is invalid, expired or revoked.');
  });

  it('an expired token is refused, and an expiry in the past is a field error', async () => {
    const past = await reseller.gql(CREATE, {
      input: { name: 'old', scopes: ['READ'], expiresAt: '2001-01-01T00:00:00Z' },
    });
    expect(past.errors![0]!.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'expiresAt', code: 'INVALID_VALUE' }],
    });
    const { createApiToken } = await reseller.ok<Created>(CREATE, {
      input: {
        name: 'short',
        scopes: ['READ'],
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      },
    });
    await systemEm(server.app.orm).nativeUpdate(
      ApiTokenEntity,
      { id: createApiToken.token.id },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    const r = await new TestClient(server.url)
      .withToken(createApiToken.secret)
      .gql(`{ me { id } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('garbage and other schemes in Authorization are refused, not ignored', async () => {
    for (const header of [
      'Bearer nonsense',
      'Basic YWRtaW46cGFzcw==',
      'Bearer cas_' + 'x'.repeat(40),
    ]) {
      const r = await new TestClient(server.url).gql(
        `{ branding(host: "x") { title } }`,
        undefined,
        { authorization: header },
      );
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
  });

  it('a token never does more than its owner may do now', async () => {
    await reseller.ok(
      `mutation { createUser(input: { login: "api-member", password: "api-member-pass-1", name: "API member", email: "api@r.example", role: MEMBER, permissions: [API_ACCESS] }) { id } }`,
    );
    const member = new TestClient(server.url);
    await member.login('api-member', 'api-member-pass-1');
    const { createApiToken } = await member.ok<Created>(CREATE, {
      input: { name: 'member token', scopes: ['READ', 'WRITE'] },
    });
    const partner = new TestClient(server.url).withToken(createApiToken.secret);
    // The member may not manage customers, so neither may its token.
    const r = await partner.gql(
      `mutation { createCustomer(input: { name: "Via member", contactEmail: "v@v.example", admin: { login: "via-member", password: "via-member-1" } }) { id } }`,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    // Without API access any more, the token is dead.
    const users = await reseller.ok<{
      users: { edges: { node: { id: string; login: string } }[] };
    }>(`{ users(first: 100) { edges { node { id login } } } }`);
    const memberId = users.users.edges.find((e) => e.node.login === 'api-member')!.node.id;
    await reseller.ok(
      `mutation { updateUser(id: "${memberId}", input: { permissions: [LOGS_VIEW] }) { id } }`,
    );
    expect(codeOf(await partner.gql(`{ me { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('tokens are managed from a panel session only, never while impersonating', async () => {
    const { createApiToken } = await reseller.ok<Created>(CREATE, {
      input: { name: 'writer', scopes: ['READ', 'WRITE'] },
    });
    const partner = new TestClient(server.url).withToken(createApiToken.secret);
    expect(codeOf(await partner.gql(CREATE, { input: { name: 'child', scopes: ['READ'] } }))).toBe(
      'FORBIDDEN',
    );
    const acme = (
      await reseller.ok<{ customers: { edges: { node: { id: string; name: string } }[] } }>(
        `{ customers { edges { node { id name } } } }`,
      )
    ).customers.edges.find((e) => e.node.name.startsWith('Acme'))!.node.id;
    const imp = await signedIn(server.url, 'reseller');
    await imp.ok(`mutation { impersonate(organisationId: "${acme}") { id } }`);
    expect(codeOf(await imp.gql(CREATE, { input: { name: 'as acme', scopes: ['READ'] } }))).toBe(
      'FORBIDDEN',
    );
  });
});
