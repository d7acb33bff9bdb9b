import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { subscribe, TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

type Entry = {
  action: string;
  objectType: string;
  actorLabel: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string;
  createdAt: string;
};

describe.skipIf(skipWithoutDatabase())('audit log', () => {
  let server: TestServer;
  let reseller: TestClient;
  beforeAll(async () => {
    server = await startTestServer();
    reseller = await signedIn(server.url, 'reseller');
  });
  afterAll(async () => server?.destroy());

  it('records who changed what, before and after, from where; never a password', async () => {
    const c = await reseller.ok<{ createCustomer: { id: string } }>(
      `mutation { createCustomer(input: { name: "Audit Co", contactEmail: "a@audit.example", admin: { login: "audit-co", password: "audit-co-pass-1" } }) { id } }`,
    );
    await reseller.ok(
      `mutation { updateOrganisation(id: "${c.createCustomer.id}", input: { name: "Audit Co 2" }) { id } }`,
    );
    const r = await reseller.ok<{ auditLog: { edges: { node: Entry }[] } }>(
      `{ auditLog(filter: { objectId: "${c.createCustomer.id}" }) { edges { node { action objectType actorLabel before after ip createdAt } } } }`,
    );
    const [update, create] = r.auditLog.edges.map((e) => e.node);
    expect(update).toMatchObject({
      action: 'customer.update',
      objectType: 'Organisation',
      actorLabel: 'Rivendita Demo (reseller)',
      before: { name: 'Audit Co' },
      after: { name: 'Audit Co 2' },
    });
    expect(update!.ip).toMatch(/127\.0\.0\.1/);
    expect(create).toMatchObject({
      action: 'customer.create',
      after: { name: 'Audit Co', adminLogin: 'audit-co' },
    });
    expect(JSON.stringify(r)).not.toContain('audit-co-pass-1');
  });

  it('filters by actor, action and time; needs LOGS_VIEW', async () => {
    const me = await reseller.ok<{ me: { id: string } }>(`{ me { id } }`);
    const mine = await reseller.ok<{ auditLog: { totalCount: number } }>(
      `{ auditLog(filter: { actorId: "${me.me.id}", action: "customer.update" }) { totalCount } }`,
    );
    expect(mine.auditLog.totalCount).toBe(1);
    const future = await reseller.ok<{ auditLog: { totalCount: number } }>(
      `{ auditLog(filter: { from: "2999-01-01T00:00:00Z" }) { totalCount } }`,
    );
    expect(future.auditLog.totalCount).toBe(0);
    const bad = await reseller.gql(
      `{ auditLog(filter: { from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z" }) { totalCount } }`,
    );
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    await reseller.ok(
      `mutation { createUser(input: { login: "no-logs", password: "no-logs-pass-1", name: "N", email: "n@r.example", role: MEMBER, permissions: [] }) { id } }`,
    );
    const member = new TestClient(server.url);
    await member.login('no-logs', 'no-logs-pass-1');
    expect(codeOf(await member.gql(`{ auditLog { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('streams new entries over WebSocket to those in scope, with the same authentication', async () => {
    const acme = await signedIn(server.url, 'acme');
    const acmeId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    const resellerWs = reseller.ws();
    const live = subscribe<{ auditEntryAdded: { action: string; objectId: string } }>(
      resellerWs,
      `subscription { auditEntryAdded { action objectId } }`,
    );
    await new Promise((r) => setTimeout(r, 200));
    await acme.ok(
      `mutation { updateOrganisation(id: "${acmeId}", input: { contactEmail: "new@acme.example" }) { id } }`,
    );
    await live.waitFor(1);
    expect(live.events[0]!.data!.auditEntryAdded).toEqual({
      action: 'customer.update',
      objectId: acmeId,
    });
    live.unsubscribe();
    await resellerWs.dispose();
  });

  it('refuses WebSocket connections with bad credentials or without the CSRF token', async () => {
    const anonymous = new TestClient(server.url).ws();
    const anon = subscribe(anonymous, `subscription { auditEntryAdded { id } }`);
    await anon.waitFor(1);
    expect(JSON.stringify(anon.error ?? anon.events)).toMatch(/UNAUTHENTICATED|Please sign in/);
    await anonymous.dispose();

    const noCsrf = await signedIn(server.url, 'reseller');
    noCsrf.sendCsrf = false;
    const ws1 = noCsrf.ws();
    const s1 = subscribe(ws1, `subscription { auditEntryAdded { id } }`);
    await s1.waitFor(1);
    expect(s1.done).toBe(true);
    expect(s1.events).toEqual([]);
    await ws1.dispose();

    const badToken = new TestClient(server.url).withToken(
      'cas_not-a-real-token-000000000000000000',
    );
    const ws2 = badToken.ws();
    const s2 = subscribe(ws2, `subscription { auditEntryAdded { id } }`);
    await s2.waitFor(1);
    expect(s2.done).toBe(true);
    expect(s2.events).toEqual([]);
    await ws2.dispose();
  });

  it('a partner follows the log with an API token over WebSocket; limits apply there too', async () => {
    const t = await reseller.ok<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "dash", scopes: [READ] }) { secret } }`,
    );
    const partner = new TestClient(server.url).withToken(t.createApiToken.secret);
    const ws = partner.ws();
    const deep = subscribe(
      ws,
      `subscription { auditEntryAdded { id ${Array.from({ length: 40 }, (_, i) => `a${i}: action`).join(' ')} } }`,
    );
    await deep.waitFor(1);
    expect(JSON.stringify(deep.error ?? deep.events)).toMatch(/QUERY_TOO_COMPLEX|aliases/);
    const live = subscribe<{ auditEntryAdded: { action: string } }>(
      ws,
      `subscription { auditEntryAdded { action } }`,
    );
    await new Promise((r) => setTimeout(r, 200));
    await reseller.ok(
      `mutation { createUser(input: { login: "ws-watch", password: "ws-watch-pass-1", name: "W", email: "w@r.example", role: MEMBER }) { id } }`,
    );
    await live.waitFor(1);
    expect(live.events[0]!.data!.auditEntryAdded.action).toBe('user.create');
    live.unsubscribe();
    await ws.dispose();
  });
});
