import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

describe.skipIf(skipWithoutDatabase())('one port for the API, the probes and the SPA', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const dist = path.join(server.dataDir, 'web-dist');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>Casella SPA</title><div id="root"></div>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("app")');
    server = await server.restart({ WEB_DIST: dist });
  });
  afterAll(async () => server?.destroy());

  it('serves the SPA at / and its assets, and falls back to index.html for client routes', async () => {
    const root = await fetch(`${server.url}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('Casella SPA');
    expect(await (await fetch(`${server.url}/assets/app.js`)).text()).toContain('console.log');
    const deep = await fetch(`${server.url}/customers/org-abc/settings`);
    expect(await deep.text()).toContain('Casella SPA');
    expect(deep.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('keeps /graphql for the API', async () => {
    const r = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ branding(host: "localhost") { title isDefault } }' }),
    });
    expect(await r.json()).toEqual({ data: { branding: { title: 'Casella', isDefault: true } } });
  });

  it('answers the readiness probe while the database is up', async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
