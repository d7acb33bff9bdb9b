import { expect } from 'vitest';
import { codeOf } from '../demo.js';
import type { IsolationCase } from './cases.js';
import { outsidersOfAcme, type World } from './world.js';

/** Acme's webhook endpoint, made once per world (https: the isolation server is not in development). */
const endpoints = new WeakMap<World, Promise<string>>();
const acmeEndpoint = (w: World): Promise<string> => {
  let id = endpoints.get(w);
  if (!id) {
    id = w.acme
      .ok<{ createWebhookEndpoint: { id: string } }>(
        `mutation { createWebhookEndpoint(input: { url: "https://93.184.215.14/acme-iso", description: "acme", eventTypes: ["mailbox.quota.warning"] }) { id } }`,
      )
      .then((r) => r.createWebhookEndpoint.id);
    endpoints.set(w, id);
  }
  return id;
};

/** The endpoint as acme sees it: the witness that nothing changed. */
const acmeEndpointState = async (w: World) => {
  const id = await acmeEndpoint(w);
  const r = await w.acme.ok<{
    webhookEndpoint: Record<string, unknown>;
    webhookEndpointSecret: string;
  }>(
    `{ webhookEndpoint(id: "${id}") { id url description eventTypes enabled secretRotatedAt } webhookEndpointSecret(id: "${id}") }`,
  );
  return r;
};

const acmeEndpointAudit = async (w: World) => {
  const id = await acmeEndpoint(w);
  const r = await w.acme.ok<{ auditLog: { edges: { node: { action: string } }[] } }>(
    `{ auditLog(filter: { objectId: "${id}" }) { edges { node { action } } } }`,
  );
  return r.auditLog.edges.map((e) => e.node.action);
};

const expectNotFound = (r: { errors?: { extensions?: { code?: string } }[] }) =>
  expect(codeOf(r)).toBe('NOT_FOUND');

const acmeSettings = async (w: World) =>
  (
    await w.acme.ok<{ notificationSettings: Record<string, unknown> }>(
      `{ notificationSettings { quotaEmailEnabled quotaEmailRecipients quotaWebhookEnabled } }`,
    )
  ).notificationSettings;

export const WEBHOOK_QUERY_CASES: Record<string, IsolationCase> = {
  webhookCatalogue: async (w) => {
    // The same public catalogue for everyone; nothing of a tenant in it.
    const own = await w.acme.ok(`{ webhookCatalogue { httpAllowed eventTypes { type } } }`);
    for (const [, c] of outsidersOfAcme(w))
      expect(await c.ok(`{ webhookCatalogue { httpAllowed eventTypes { type } } }`)).toEqual(own);
  },
  webhookEndpoints: async (w) => {
    const id = await acmeEndpoint(w);
    for (const [, c] of [...outsidersOfAcme(w), ['acme’s reseller', w.reseller] as const]) {
      const r = await c.gql<{ webhookEndpoints: { edges: { node: { id: string } }[] } }>(
        `{ webhookEndpoints(first: 100) { edges { node { id } } } }`,
      );
      // Other customers list their own (none of acme's); resellers are refused outright.
      if (r.errors) expect(codeOf(r)).toBe('FORBIDDEN');
      else expect(r.data!.webhookEndpoints.edges.map((e) => e.node.id)).not.toContain(id);
    }
  },
  webhookEndpoint: async (w) => {
    const id = await acmeEndpoint(w);
    for (const [, c] of outsidersOfAcme(w).filter(([, c]) => c !== w.otherReseller))
      expectNotFound(await c.gql(`{ webhookEndpoint(id: "${id}") { url } }`));
    expect(codeOf(await w.otherReseller.gql(`{ webhookEndpoint(id: "${id}") { url } }`))).toMatch(
      /NOT_FOUND|FORBIDDEN/,
    );
  },
  webhookEndpointSecret: async (w) => {
    const id = await acmeEndpoint(w);
    for (const [, c] of [...outsidersOfAcme(w), ['acme’s reseller', w.reseller] as const]) {
      const r = await c.gql<{ webhookEndpointSecret: string }>(
        `{ webhookEndpointSecret(id: "${id}") }`,
      );
      expect(r.data?.webhookEndpointSecret).toBeUndefined();
      expect(codeOf(r)).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
  },
  webhookDeliveryAttempts: async (w) => {
    const id = await acmeEndpoint(w);
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.gql(`{ webhookDeliveryAttempts(endpointId: "${id}") { totalCount } }`);
      expect(codeOf(r)).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    expect(
      await w.acme.ok(`{ webhookDeliveryAttempts(endpointId: "${id}") { totalCount } }`),
    ).toEqual({ webhookDeliveryAttempts: { totalCount: 0 } });
  },
  notificationSettings: async (w) => {
    await w.acme.ok(
      `mutation { updateNotificationSettings(input: { quotaEmailEnabled: true, quotaEmailRecipients: ["it@acme-iso.example"], quotaWebhookEnabled: true }) { quotaEmailEnabled } }`,
    );
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.gql<{ notificationSettings: { quotaEmailRecipients: string[] } }>(
        `{ notificationSettings { quotaEmailRecipients } }`,
      );
      if (r.errors) expect(codeOf(r)).toBe('FORBIDDEN');
      else
        expect(r.data!.notificationSettings.quotaEmailRecipients).not.toContain(
          'it@acme-iso.example',
        );
    }
  },
};

/** Each outsider tries; acme's endpoint stays as it was. */
const cannotTouch =
  (mutation: (id: string) => string): IsolationCase =>
  async (w) => {
    const id = await acmeEndpoint(w);
    const before = await acmeEndpointState(w);
    const audit = await acmeEndpointAudit(w);
    for (const [, c] of [...outsidersOfAcme(w), ['acme’s reseller', w.reseller] as const])
      expect(codeOf(await c.gql(mutation(id)))).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(await acmeEndpointState(w)).toEqual(before);
    expect(await acmeEndpointAudit(w)).toEqual(audit);
  };

export const WEBHOOK_MUTATION_CASES: Record<string, IsolationCase> = {
  createWebhookEndpoint: async (w) => {
    // Endpoints are made for the customer one acts as; there is no naming another's.
    const before = await w.acme.ok(`{ webhookEndpoints { totalCount } }`);
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.gql(
        `mutation { createWebhookEndpoint(input: { url: "https://93.184.215.14/planted", eventTypes: ["webhook.test"] }) { id } }`,
      );
      expect(r.errors === undefined || codeOf(r) === 'FORBIDDEN').toBe(true);
    }
    expect(await w.acme.ok(`{ webhookEndpoints { totalCount } }`)).toEqual(before);
  },
  updateWebhookEndpoint: cannotTouch(
    (id) =>
      `mutation { updateWebhookEndpoint(id: "${id}", input: { url: "https://93.184.215.14/stolen", enabled: false }) { id } }`,
  ),
  deleteWebhookEndpoint: cannotTouch((id) => `mutation { deleteWebhookEndpoint(id: "${id}") }`),
  rotateWebhookEndpointSecret: cannotTouch(
    (id) => `mutation { rotateWebhookEndpointSecret(id: "${id}") { secret } }`,
  ),
  sendTestWebhookEvent: cannotTouch(
    (id) => `mutation { sendTestWebhookEvent(endpointId: "${id}") { messageId } }`,
  ),
  updateNotificationSettings: async (w) => {
    const before = await acmeSettings(w);
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.gql(
        `mutation { updateNotificationSettings(input: { quotaEmailEnabled: true, quotaEmailRecipients: ["thief@evil.example"], quotaWebhookEnabled: false }) { quotaEmailEnabled } }`,
      );
      expect(r.errors === undefined || codeOf(r) === 'FORBIDDEN').toBe(true);
    }
    expect(await acmeSettings(w)).toEqual(before);
  },
};
