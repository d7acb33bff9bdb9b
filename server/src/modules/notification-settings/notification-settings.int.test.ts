import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { codeOf, signedIn } from '../../test/demo.js';
import type { GraphQLResult, TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

const FIELDS = 'quotaEmailEnabled quotaEmailRecipients quotaWebhookEnabled';

interface Settings {
  quotaEmailEnabled: boolean;
  quotaEmailRecipients: string[];
  quotaWebhookEnabled: boolean;
}

describe.skipIf(skipWithoutDatabase())('notification settings', () => {
  let server: TestServer;
  let acme: TestClient;
  let acmeId: string;

  beforeAll(async () => {
    server = await startTestServer();
    acme = await signedIn(server.url, 'acme');
    acmeId = (
      await acme.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
  });
  afterAll(async () => server?.destroy());

  const read = async (client: TestClient = acme) =>
    (await client.ok<{ notificationSettings: Settings }>(`{ notificationSettings { ${FIELDS} } }`))
      .notificationSettings;

  const save = (input: Settings, client: TestClient = acme) =>
    client.gql<{ updateNotificationSettings: Settings }>(
      `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { ${FIELDS} } }`,
      { input },
    );

  const fields = (r: GraphQLResult) =>
    (r.errors?.[0]?.extensions?.fields ?? []).map((f) => [f.field, f.code]);

  it('starts with no e-mail notices and quota events on for subscribed endpoints', async () => {
    expect(await read()).toEqual({
      quotaEmailEnabled: false,
      quotaEmailRecipients: [],
      quotaWebhookEnabled: true,
    });
  });

  it('saves the addresses quota notices go to, audited, for the quota notices to read', async () => {
    const r = await save({
      quotaEmailEnabled: true,
      quotaEmailRecipients: ['IT@Acme.example', 'boss@acme.example', 'it@acme.example'],
      quotaWebhookEnabled: false,
    });
    const expected = {
      quotaEmailEnabled: true,
      quotaEmailRecipients: ['it@acme.example', 'boss@acme.example'],
      quotaWebhookEnabled: false,
    };
    expect(r.data?.updateNotificationSettings).toEqual(expected);
    expect(await read()).toEqual(expected);
    expect(
      await server.app.services.notificationSettings.quotaChannels(
        systemEm(server.app.orm),
        acmeId,
      ),
    ).toEqual({ emails: ['it@acme.example', 'boss@acme.example'], webhook: false });
    const audit = await acme.ok<{
      auditLog: { edges: { node: { action: string; before: unknown; after: unknown } }[] };
    }>(
      `{ auditLog(filter: { objectId: "${acmeId}", action: "notification_settings.update" }) { edges { node { action before after } } } }`,
    );
    expect(audit.auditLog.edges.map((e) => e.node)).toEqual([
      {
        action: 'notification_settings.update',
        before: { quotaEmailEnabled: false, quotaEmailRecipients: [], quotaWebhookEnabled: true },
        after: expected,
      },
    ]);
  });

  it('MX notices by e-mail are on by default; a save that leaves them out leaves them alone', async () => {
    const mx = async () =>
      (
        await acme.ok<{ notificationSettings: { mxEmailEnabled: boolean } }>(
          `{ notificationSettings { mxEmailEnabled } }`,
        )
      ).notificationSettings.mxEmailEnabled;
    const recipient = () =>
      server.app.services.notificationSettings.mxRecipient(systemEm(server.app.orm), acmeId);
    expect(await mx()).toBe(true);
    expect(await recipient()).toEqual({
      to: 'admin@acme.example',
      language: 'it',
      resellerName: 'Rivendita Demo',
    });
    const quota = await read();
    const off = await acme.gql<{ updateNotificationSettings: { mxEmailEnabled: boolean } }>(
      `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { mxEmailEnabled } }`,
      { input: { ...quota, mxEmailEnabled: false } },
    );
    expect(off.data?.updateNotificationSettings.mxEmailEnabled).toBe(false);
    expect(await recipient()).toBeNull();
    // An older client that knows only the quota fields changes nothing else.
    expect((await save(quota)).errors).toBeUndefined();
    expect(await mx()).toBe(false);
    await acme.ok(
      `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { mxEmailEnabled } }`,
      { input: { ...quota, mxEmailEnabled: true } },
    );
    expect(await mx()).toBe(true);
  });

  it('refuses bad addresses field by field and keeps what was saved', async () => {
    const before = await read();
    expect(
      fields(
        await save({
          quotaEmailEnabled: true,
          quotaEmailRecipients: [],
          quotaWebhookEnabled: true,
        }),
      ),
    ).toEqual([['quotaEmailRecipients', 'REQUIRED']]);
    expect(
      fields(
        await save({
          quotaEmailEnabled: true,
          quotaEmailRecipients: ['ok@acme.example', 'not an address'],
          quotaWebhookEnabled: true,
        }),
      ),
    ).toEqual([['quotaEmailRecipients.1', 'INVALID_FORMAT']]);
    const many = Array.from({ length: 11 }, (_, i) => `n${i}@acme.example`);
    expect(
      fields(
        await save({
          quotaEmailEnabled: true,
          quotaEmailRecipients: many,
          quotaWebhookEnabled: true,
        }),
      ),
    ).toEqual([['quotaEmailRecipients', 'TOO_LONG']]);
    expect(await read()).toEqual(before);
  });

  it('belongs to the customer: its reseller reaches it only by acting as it', async () => {
    const reseller = await signedIn(server.url, 'reseller');
    expect(codeOf(await reseller.gql(`{ notificationSettings { quotaEmailEnabled } }`))).toBe(
      'FORBIDDEN',
    );
    await reseller.ok(`mutation { impersonate(organisationId: "${acmeId}") { id } }`);
    expect(await read(reseller)).toEqual(await read());
    // Another customer has its own.
    const globex = await signedIn(server.url, 'globex');
    expect((await read(globex)).quotaEmailRecipients).toEqual([]);
  });
});
