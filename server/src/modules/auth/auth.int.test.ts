import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../demo/demo-data.js';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

const ME = `{ me { id login role permissions authenticatedBy organisation { name kind } actingAs { name } impersonation { startedAt } } }`;

describe.skipIf(skipWithoutDatabase())('sign-in, sessions and CSRF', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });
  afterAll(async () => server?.destroy());

  it.each(Object.entries(DEMO_ACCOUNTS))(
    'demo account %s signs in and `me` tells its role and organisation',
    async (key, account) => {
      const client = new TestClient(server.url);
      const login = await client.login(account.login, account.password);
      expect(login.errors).toBeUndefined();
      const me = await client.ok<{
        me: {
          login: string;
          role: string;
          organisation: { name: string; kind: string };
          authenticatedBy: string;
        };
      }>(ME);
      expect(me.me).toMatchObject({
        login: account.login,
        role: 'ADMIN',
        authenticatedBy: 'SESSION',
        organisation: { name: account.organisation, kind: account.kind },
      });
      expect(key).toBeTruthy();
    },
  );

  it('sets an httpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const client = new TestClient(server.url);
    const r = await client.login('acme', 'acme-demo-1');
    const cookies = r.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('casella_session='))!;
    const csrf = cookies.find((c) => c.startsWith('casella_csrf='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain HTTP on loopback
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('marks cookies Secure behind an HTTPS proxy', async () => {
    const proxied = await server.restart({ TRUST_PROXY: 'true' });
    server = proxied;
    const client = new TestClient(server.url);
    const r = await client.gql(
      `mutation { login(input: { login: "acme", password: "acme-demo-1" }) { csrfToken } }`,
      undefined,
      { 'x-forwarded-proto': 'https' },
    );
    expect(r.headers.getSetCookie().find((c) => c.startsWith('casella_session='))).toMatch(
      /Secure/,
    );
  });

  it('refuses a cookie request without the CSRF header, and changes nothing', async () => {
    const client = await signedIn(server.url, 'reseller');
    const id = await orgId(client);
    client.sendCsrf = false;
    const r = await client.gql(
      `mutation { updateOrganisation(id: "${id}", input: { name: "Hijacked" }) { name } }`,
    );
    expect(codeOf(r)).toBe('CSRF_FAILED');
    expect(r.status).toBe(403);
    client.sendCsrf = true;
    const me = await client.ok<{ me: { organisation: { name: string } } }>(ME);
    expect(me.me.organisation.name).toBe('Rivendita Demo');
  });

  it('refuses a wrong CSRF token', async () => {
    const client = await signedIn(server.url, 'reseller');
    client.sendCsrf = false;
    const wrong = await client.gql(ME, undefined, { 'x-csrf-token': 'not-the-token' });
    expect(codeOf(wrong)).toBe('CSRF_FAILED');
  });

  it('answers a wrong password and an unknown login the same way', async () => {
    const a = await new TestClient(server.url).login('globex', 'wrong-password-1');
    const b = await new TestClient(server.url).login('nobody-here', 'wrong-password-1');
    expect(codeOf(a)).toBe('UNAUTHENTICATED');
    expect(codeOf(b)).toBe('UNAUTHENTICATED');
    expect(a.errors![0]!.message).toBe(b.errors![0]!.message);
  });

  it('locks an account after repeated failures with a clear error, even for the right password', async () => {
    for (let i = 0; i < 3; i++)
      await new TestClient(server.url).login('initech', `bad-password-${i}`);
    const locked = await new TestClient(server.url).login(
      'initech',
      DEMO_ACCOUNTS.initech.password,
    );
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors![0]!.message).toMatch(/locked for \d+ more minute/);
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts are not affected.
    expect(
      (await new TestClient(server.url).login('globex', 'globex-demo-1')).errors,
    ).toBeUndefined();
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const client = await signedIn(server.url, 'acme');
    const stolenCookie = client.cookieHeader;
    const csrf = client.csrfToken!;
    await client.ok(`mutation { logout }`);
    expect(codeOf(await client.gql(ME))).toBe('UNAUTHENTICATED');
    const replay = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolenCookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ query: ME }),
    });
    expect(
      ((await replay.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('changes the password: the old one stops working and other sessions are signed out', async () => {
    const first = await signedIn(server.url, 'globex');
    const second = await signedIn(server.url, 'globex');
    const weak = await first.gql(
      `mutation { changePassword(input: { currentPassword: "globex-demo-1", newPassword: "short" }) }`,
    );
    expect(codeOf(weak)).toBe('VALIDATION_FAILED');
    expect(weak.errors![0]!.extensions!.fields!.map((f) => f.field)).toContain('newPassword');
    const wrong = await first.gql(
      `mutation { changePassword(input: { currentPassword: "nope", newPassword: "globex-new-pass-2" }) }`,
    );
    expect(wrong.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'currentPassword',
      code: 'MISMATCH',
    });
    await first.ok(
      `mutation { changePassword(input: { currentPassword: "globex-demo-1", newPassword: "globex-new-pass-2" }) }`,
    );
    expect((await first.gql(ME)).errors).toBeUndefined();
    expect(codeOf(await second.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await new TestClient(server.url).login('globex', 'globex-demo-1'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await new TestClient(server.url).login('globex', 'globex-new-pass-2')).errors,
    ).toBeUndefined();
  });

  it('rejects bad login input with field errors', async () => {
    const r = await new TestClient(server.url).gql(
      `mutation { login(input: { login: "", password: "" }) { csrfToken } }`,
    );
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect(r.errors![0]!.extensions!.fields!.map((f) => f.field).sort()).toEqual([
      'login',
      'password',
    ]);
  });
});

const orgId = async (client: TestClient): Promise<string> =>
  (await client.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)).me
    .organisation.id;
