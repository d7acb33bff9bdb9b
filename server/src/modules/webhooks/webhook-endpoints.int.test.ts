import { WEBHOOK_URL_MESSAGES } from '@casella/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient, type GraphQLResult } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

// A public address that needs no DNS; nothing is ever sent to it here.
const PUBLIC = 'https://93.184.215.14/hooks/casella';

const ENDPOINT_FIELDS = 'id url description eventTypes enabled disabledReason';

interface Endpoint {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
}

const fieldErrors = (r: GraphQLResult) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.code, f.message]);

describe.skipIf(skipWithoutDatabase())('webhook endpoints', () => {
  let server: TestServer;
  let acme: TestClient;

  beforeAll(async () => {
    // Development allows http://, but no private addresses are allowed.
    server = await startTestServer({ NODE_ENV: 'development' });
    acme = await signedIn(server.url, 'acme');
  });
  afterAll(async () => server?.destroy());

  const create = (client: TestClient, input: Record<string, unknown>) =>
    client.gql<{ createWebhookEndpoint: Endpoint }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ${ENDPOINT_FIELDS} } }`,
      { input },
    );

  const createOk = async (input: Record<string, unknown> = {}) => {
    const r = await create(acme, { url: PUBLIC, eventTypes: ['mailbox.quota.warning'], ...input });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createWebhookEndpoint;
  };

  const list = async (client: TestClient = acme) =>
    (
      await client.ok<{ webhookEndpoints: { edges: { node: Endpoint }[] } }>(
        `{ webhookEndpoints(first: 100) { edges { node { ${ENDPOINT_FIELDS} } } } }`,
      )
    ).webhookEndpoints.edges.map((e) => e.node);

  const secretOf = async (id: string, client: TestClient = acme) =>
    (
      await client.ok<{ webhookEndpointSecret: string }>(
        `query($id: ID!) { webhookEndpointSecret(id: $id) }`,
        { id },
      )
    ).webhookEndpointSecret;

  const auditActions = async (objectId: string) =>
    (
      await acme.ok<{
        auditLog: { edges: { node: { action: string; before: unknown; after: unknown } }[] };
      }>(
        `query($id: ID) { auditLog(filter: { objectId: $id }, first: 50) { edges { node { action before after } } } }`,
        { id: objectId },
      )
    ).auditLog.edges.map((e) => e.node);

  it('gives a new endpoint a Standard Webhooks secret, stored encrypted', async () => {
    const endpoint = await createOk({
      description: '  Our CRM  ',
      eventTypes: ['mailbox.quota.warning', 'mailbox.quota.recovered', 'mailbox.quota.warning'],
    });
    expect(endpoint).toMatchObject({
      url: PUBLIC,
      description: 'Our CRM',
      eventTypes: ['mailbox.quota.warning', 'mailbox.quota.recovered'],
      enabled: true,
      disabledReason: null,
    });
    const secret = await secretOf(endpoint.id);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64').length).toBeGreaterThanOrEqual(24);
    // The database holds it sealed: a copy of the tables alone does not give it away.
    const row = await systemEm(server.app.orm).findOneOrFail(WebhookEndpointEntity, {
      id: endpoint.id,
    });
    expect(row.secretSealed).not.toContain(secret.slice('whsec_'.length, 20));
    const audit = await auditActions(endpoint.id);
    expect(audit.map((a) => a.action)).toEqual(['webhook_endpoint.create']);
    expect(JSON.stringify(audit)).not.toContain(secret.slice(6));
    expect((await list()).map((e) => e.id)).toContain(endpoint.id);
  });

  it('refuses loopback, private and other internal addresses, by literal or by name', async () => {
    const before = (await list()).length;
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost:8080/hook',
      'https://10.0.0.5/hook',
      'https://192.168.1.1/hook',
      'https://172.20.0.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hook',
      'https://0.0.0.0/hook',
      'https://[::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://[fd00::1]/hook',
      'https://[fe80::1]/hook',
    ]) {
      const r = await create(acme, { url, eventTypes: ['webhook.test'] });
      expect(codeOf(r), url).toBe('VALIDATION_FAILED');
      expect(fieldErrors(r), url).toEqual([
        ['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.privateAddress],
      ]);
    }
    const endpoint = await createOk();
    const moved = await acme.gql(
      `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { url: "http://127.0.0.1/x" }) { id } }`,
      { id: endpoint.id },
    );
    expect(fieldErrors(moved)).toEqual([
      ['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.privateAddress],
    ]);
    expect((await list()).find((e) => e.id === endpoint.id)?.url).toBe(PUBLIC);
    expect((await list()).length).toBe(before + 1);
  });

  it('checks every field with the shared rules and names the bad ones', async () => {
    const cases: [Record<string, unknown>, [string, string, string][]][] = [
      [
        { url: 'ftp://example.com/x', eventTypes: ['webhook.test'] },
        [['url', 'INVALID_FORMAT', WEBHOOK_URL_MESSAGES.invalid]],
      ],
      [
        { url: 'https://user:pw@93.184.215.14/x', eventTypes: ['webhook.test'] },
        [['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.credentials]],
      ],
      [
        { url: 'https://no-such-host.invalid/x', eventTypes: ['webhook.test'] },
        [['url', 'INVALID_VALUE', WEBHOOK_URL_MESSAGES.unresolvable]],
      ],
      [{ url: PUBLIC, eventTypes: [] }, [['eventTypes', 'REQUIRED', 'Choose at least one event']]],
      [
        { url: PUBLIC, eventTypes: ['mailbox.exploded'] },
        [['eventTypes.0', 'INVALID_VALUE', 'Unknown event type']],
      ],
      [
        { url: PUBLIC, eventTypes: ['webhook.test'], description: 'x'.repeat(201) },
        [['description', 'TOO_LONG', 'At most 200 characters']],
      ],
    ];
    const before = (await list()).length;
    for (const [input, expected] of cases) {
      const r = await create(acme, input);
      expect(codeOf(r), JSON.stringify(input)).toBe('VALIDATION_FAILED');
      expect(fieldErrors(r), JSON.stringify(input)).toEqual(expected);
    }
    expect((await list()).length).toBe(before);
  });

  it('edits, switches off and on, and deletes an endpoint, each in the audit log', async () => {
    const { id } = await createOk();
    const update = (input: string) =>
      acme.ok<{ updateWebhookEndpoint: Endpoint }>(
        `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: ${input}) { ${ENDPOINT_FIELDS} } }`,
        { id },
      );
    expect(
      (await update(`{ description: "Billing", eventTypes: ["mailbox.quota.recovered"] }`))
        .updateWebhookEndpoint,
    ).toMatchObject({
      url: PUBLIC,
      description: 'Billing',
      eventTypes: ['mailbox.quota.recovered'],
    });
    expect((await update(`{ enabled: false }`)).updateWebhookEndpoint).toMatchObject({
      enabled: false,
      disabledReason: 'MANUAL',
    });
    expect((await update(`{ enabled: true }`)).updateWebhookEndpoint).toMatchObject({
      enabled: true,
      disabledReason: null,
    });
    expect(await acme.ok(`mutation { deleteWebhookEndpoint(id: "${id}") }`)).toEqual({
      deleteWebhookEndpoint: id,
    });
    expect((await list()).map((e) => e.id)).not.toContain(id);
    expect(codeOf(await acme.gql(`{ webhookEndpoint(id: "${id}") { id } }`))).toBe('NOT_FOUND');
    const audit = await auditActions(id);
    expect(audit.map((a) => a.action).sort()).toEqual([
      'webhook_endpoint.create',
      'webhook_endpoint.delete',
      'webhook_endpoint.update',
      'webhook_endpoint.update',
      'webhook_endpoint.update',
    ]);
    expect(audit).toContainEqual({
      action: 'webhook_endpoint.update',
      before: { description: '', eventTypes: ['mailbox.quota.warning'] },
      after: { description: 'Billing', eventTypes: ['mailbox.quota.recovered'] },
    });
    expect(audit).toContainEqual({
      action: 'webhook_endpoint.update',
      before: { enabled: true },
      after: { enabled: false },
    });
  });

  it('rotates the secret at once', async () => {
    const { id } = await createOk();
    const old = await secretOf(id);
    const r = await acme.ok<{
      rotateWebhookEndpointSecret: { secret: string; endpoint: { id: string } };
    }>(`mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id) { secret endpoint { id } } }`, {
      id,
    });
    const fresh = r.rotateWebhookEndpointSecret.secret;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(old);
    expect(await secretOf(id)).toBe(fresh);
    expect((await auditActions(id)).map((a) => a.action)).toContain(
      'webhook_endpoint.rotate_secret',
    );
  });

  it('keeps an organisation to a bounded number of endpoints', async () => {
    const globex = await signedIn(server.url, 'globex');
    for (let i = 0; i < 20; i += 1) {
      const r = await create(globex, { url: `${PUBLIC}/${i}`, eventTypes: ['webhook.test'] });
      expect(r.errors).toBeUndefined();
    }
    const r = await create(globex, { url: `${PUBLIC}/21`, eventTypes: ['webhook.test'] });
    expect(codeOf(r)).toBe('CONFLICT');
    expect((await list(globex)).length).toBe(20);
  });

  it('lets the customer and its reseller acting as it manage them, and no one else', async () => {
    const reseller = await signedIn(server.url, 'reseller');
    // The reseller as itself has no endpoints to manage.
    expect(codeOf(await reseller.gql(`{ webhookEndpoints { totalCount } }`))).toBe('FORBIDDEN');
    expect(codeOf(await create(reseller, { url: PUBLIC, eventTypes: ['webhook.test'] }))).toBe(
      'FORBIDDEN',
    );
    const acmeId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    await reseller.ok(`mutation { impersonate(organisationId: "${acmeId}") { id } }`);
    const made = await create(reseller, {
      url: `${PUBLIC}/by-reseller`,
      eventTypes: ['webhook.test'],
    });
    expect(made.errors).toBeUndefined();
    const id = made.data!.createWebhookEndpoint.id;
    expect((await list()).map((e) => e.id)).toContain(id);
    expect(await secretOf(id, reseller)).toBe(await secretOf(id));

    // A team member without API access cannot.
    await acme.ok(
      `mutation { createUser(input: { login: "acme-clerk", password: "acme-clerk-1", name: "Clerk", email: "clerk@acme.example", role: MEMBER, permissions: [DOMAINS_ADD] }) { id } }`,
    );
    const clerk = new TestClient(server.url);
    await clerk.login('acme-clerk', 'acme-clerk-1');
    expect(codeOf(await clerk.gql(`{ webhookEndpoints { totalCount } }`))).toBe('FORBIDDEN');
    expect(codeOf(await clerk.gql(`{ notificationSettings { quotaEmailEnabled } }`))).toBe(
      'FORBIDDEN',
    );

    // A read-only API token lists them, but reads no secret and changes nothing.
    const token = await acme.ok<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "reader", scopes: [READ] }) { secret } }`,
    );
    const partner = new TestClient(server.url).withToken(token.createApiToken.secret);
    expect((await list(partner)).map((e) => e.id)).toContain(id);
    expect(codeOf(await partner.gql(`{ webhookEndpointSecret(id: "${id}") }`))).toBe('FORBIDDEN');
    expect(codeOf(await create(partner, { url: PUBLIC, eventTypes: ['webhook.test'] }))).toBe(
      'FORBIDDEN',
    );
  });

  it('accepts http:// only on a development server', async () => {
    const dev = await create(acme, {
      url: 'http://93.184.215.14/plain',
      eventTypes: ['webhook.test'],
    });
    expect(dev.errors).toBeUndefined();
    expect(await acme.ok(`{ webhookCatalogue { httpAllowed eventTypes { type } } }`)).toEqual({
      webhookCatalogue: {
        httpAllowed: true,
        eventTypes: [
          { type: 'webhook.test' },
          { type: 'mailbox.quota.warning' },
          { type: 'mailbox.quota.recovered' },
          { type: 'domain.mx.problem' },
          { type: 'domain.mx.fixed' },
        ],
      },
    });

    server = await server.restart({ NODE_ENV: 'production' });
    acme = await signedIn(server.url, 'acme');
    const before = (await list()).length;
    const prod = await create(acme, {
      url: 'http://93.184.215.14/plain',
      eventTypes: ['webhook.test'],
    });
    expect(fieldErrors(prod)).toEqual([['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.httpsRequired]]);
    const edit = await acme.gql(
      `mutation($id: ID!, $url: String) { updateWebhookEndpoint(id: $id, input: { url: $url }) { id } }`,
      { id: (await list())[0]!.id, url: 'http://93.184.215.14/other' },
    );
    expect(fieldErrors(edit)).toEqual([['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.httpsRequired]]);
    expect((await list()).length).toBe(before);
    expect(await acme.ok(`{ webhookCatalogue { httpAllowed } }`)).toEqual({
      webhookCatalogue: { httpAllowed: false },
    });
  });
});
