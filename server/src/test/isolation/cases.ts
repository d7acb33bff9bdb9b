import { expect } from 'vitest';
import { codeOf } from '../demo.js';
import { subscribe, TestClient } from '../graphql-client.js';
import { outsidersOfAcme, type World } from './world.js';
import { WEBHOOK_MUTATION_CASES, WEBHOOK_QUERY_CASES } from './webhook.cases.js';
import { DOMAIN_STATE_MUTATION_CASES } from './domain-state.cases.js';

/** One isolation case per root operation: the attack, and the proof nothing leaked or changed. */
export type IsolationCase = (w: World) => Promise<void>;

const expectNotFound = (r: { errors?: { extensions?: { code?: string } }[] }) =>
  expect(codeOf(r)).toBe('NOT_FOUND');

/** Acme's organisation as acme itself sees it: the witness that nothing changed. */
const acmeState = async (w: World) =>
  (
    await w.acme.ok<{ me: { organisation: Record<string, unknown> } }>(
      `{ me { organisation { id name status contactEmail language } } }`,
    )
  ).me.organisation;

const listedIds = (data: Record<string, { edges: { node: { id: string } }[] }>, field: string) =>
  data[field]!.edges.map((e) => e.node.id);

/** Acme's domain as acme sees it. */
const acmeDomainState = async (w: World) =>
  (
    await w.acme.ok<{ domain: Record<string, unknown> }>(
      `{ domain(id: "${w.ids.acmeDomain}") { id name state verification { emailCodeSentTo lastCheckAt } } }`,
    )
  ).domain;

const acmePostmasterState = async (w: World) =>
  (
    await w.acme.ok<{ mailbox: Record<string, unknown> }>(
      `{ mailbox(id: "${w.ids.acmePostmaster}") { id address quotaMb forwards state services { pop imap } } }`,
    )
  ).mailbox;

const acmeAliasState = async (w: World) =>
  (
    await w.acme.ok<{ alias: Record<string, unknown> }>(
      `{ alias(id: "${w.ids.acmeAlias}") { id address destinations } }`,
    )
  ).alias;

const acmeDomainAliasState = async (w: World) =>
  (
    await w.acme.ok<{ domainAlias: Record<string, unknown> }>(
      `{ domainAlias(id: "${w.ids.acmeDomainAlias}") { id name state verification { emailCodeSentTo lastCheckAt } } }`,
    )
  ).domainAlias;

export const QUERY_CASES: Record<string, IsolationCase> = {
  ...WEBHOOK_QUERY_CASES,
  domainProfiles: async (w) => {
    for (const c of [w.otherReseller, w.otherCustomer, w.initech]) {
      const r = await c.ok<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ domainProfiles(first: 100) { edges { node { id } } } }`,
      );
      expect(listedIds(r, 'domainProfiles')).not.toContain(w.ids.resellerProfile);
    }
  },
  clientSettings: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(
        await c.gql(`{ clientSettings(mailboxId: "${w.ids.acmePostmaster}") { login } }`),
      );
  },
  myMailbox: async (w) => {
    // Panel users of other tenants have no mailbox of their own, and none of acme's.
    for (const [, c] of outsidersOfAcme(w))
      expect(codeOf(await c.gql(`{ myMailbox { id } }`))).toBe('FORBIDDEN');
  },
  domainAlias: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ domainAlias(id: "${w.ids.acmeDomainAlias}") { name } }`));
  },
  domainAliases: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(
        await c.gql(`{ domainAliases(domainId: "${w.ids.acmeDomain}") { totalCount } }`),
      );
  },
  alias: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ alias(id: "${w.ids.acmeAlias}") { address } }`));
  },
  aliases: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ aliases(domainId: "${w.ids.acmeDomain}") { totalCount } }`));
  },
  mailbox: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ mailbox(id: "${w.ids.acmePostmaster}") { address } }`));
  },
  mailboxes: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ mailboxes(domainId: "${w.ids.acmeDomain}") { totalCount } }`));
  },
  domain: async (w) => {
    for (const [, c] of [
      ...outsidersOfAcme(w),
      ['platform-less reseller', w.otherReseller] as [string, TestClient],
    ]) {
      expectNotFound(await c.gql(`{ domain(id: "${w.ids.acmeDomain}") { name } }`));
    }
    // Its own reseller does see it.
    expect(
      (
        await w.reseller.ok<{ domain: { id: string } }>(
          `{ domain(id: "${w.ids.acmeDomain}") { id } }`,
        )
      ).domain.id,
    ).toBe(w.ids.acmeDomain);
  },
  domains: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.ok<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ domains(first: 100) { edges { node { id } } } }`,
      );
      expect(listedIds(r, 'domains')).not.toContain(w.ids.acmeDomain);
      expectNotFound(
        await c.gql(`{ domains(filter: { customerId: "${w.ids.acme}" }) { totalCount } }`),
      );
    }
  },
  me: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.ok<{ me: { organisation: { id: string }; actingAs: { id: string } } }>(
        `{ me { organisation { id } actingAs { id } } }`,
      );
      expect(r.me.organisation.id).not.toBe(w.ids.acme);
      expect(r.me.actingAs.id).not.toBe(w.ids.acme);
    }
  },
  organisation: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ organisation(id: "${w.ids.acme}") { name } }`));
    // A customer cannot see its own reseller either.
    expectNotFound(await w.acme.gql(`{ organisation(id: "${w.ids.reseller}") { name } }`));
    expect(
      (
        await w.acme.ok<{ organisation: { parent: unknown } }>(
          `{ organisation(id: "${w.ids.acme}") { parent { id } } }`,
        )
      ).organisation.parent,
    ).toBeNull();
  },
  customers: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.ok<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ customers(first: 100) { edges { node { id } } } }`,
      );
      expect(listedIds(r, 'customers')).not.toContain(w.ids.acme);
      expectNotFound(
        await c.gql(`{ customers(filter: { resellerId: "${w.ids.reseller}" }) { totalCount } }`),
      );
    }
  },
  resellers: async (w) => {
    for (const [, c] of [...outsidersOfAcme(w), ['reseller', w.reseller] as const]) {
      const r = await c.gql<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ resellers { edges { node { id } } } }`,
      );
      expect(r.data?.resellers).toBeUndefined();
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
  },
  user: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`{ user(id: "${w.ids.acmeAdmin}") { login } }`));
  },
  users: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(`{ users(filter: { organisationId: "${w.ids.acme}" }) { totalCount } }`),
      );
      const own = await c.ok<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ users(first: 100) { edges { node { id } } } }`,
      );
      expect(listedIds(own, 'users')).not.toContain(w.ids.acmeAdmin);
    }
  },
  apiTokens: async (w) => {
    const created = await w.acme.ok<{ createApiToken: { token: { id: string } } }>(
      `mutation { createApiToken(input: { name: "acme-iso", scopes: [READ] }) { token { id } } }`,
    );
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.ok<Record<string, { edges: { node: { id: string } }[] }>>(
        `{ apiTokens(first: 100) { edges { node { id } } } }`,
      );
      expect(listedIds(r, 'apiTokens')).not.toContain(created.createApiToken.token.id);
    }
    // Not even acme's reseller lists acme's tokens.
    const byReseller = await w.reseller.ok<Record<string, { edges: { node: { id: string } }[] }>>(
      `{ apiTokens(first: 100) { edges { node { id } } } }`,
    );
    expect(listedIds(byReseller, 'apiTokens')).not.toContain(created.createApiToken.token.id);
  },
  auditLog: async (w) => {
    await w.acme.ok(
      `mutation { updateOrganisation(id: "${w.ids.acme}", input: { language: en }) { id } }`,
    );
    const own = await w.acme.ok<{ auditLog: { totalCount: number } }>(
      `{ auditLog(filter: { objectId: "${w.ids.acme}" }) { totalCount } }`,
    );
    expect(own.auditLog.totalCount).toBeGreaterThan(0);
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.ok<{ auditLog: { totalCount: number } }>(
        `{ auditLog(filter: { objectId: "${w.ids.acme}" }) { totalCount } }`,
      );
      expect(r.auditLog.totalCount).toBe(0);
    }
  },
  dashboardStats: async (w) => {
    const r = await w.otherReseller.ok<{
      dashboardStats: { customers: number; resellers: number };
    }>(`{ dashboardStats { customers resellers } }`);
    expect(r.dashboardStats).toEqual({ customers: 1, resellers: 0 });
    const c = await w.globex.ok<{ dashboardStats: { customers: number } }>(
      `{ dashboardStats { customers } }`,
    );
    expect(c.dashboardStats.customers).toBe(0);
    // Domain and mailbox counts are each caller's own: the same as its own lists.
    for (const [, who] of [['acme', w.acme] as const, ...outsidersOfAcme(w)]) {
      const d = await who.ok<{
        dashboardStats: { domains: number };
        domains: { totalCount: number };
      }>(`{ dashboardStats { domains } domains { totalCount } }`);
      expect(d.dashboardStats.domains).toBe(d.domains.totalCount);
    }
  },
  branding: async (w) => {
    // Public and tenant-free: every caller, signed in or not, gets the same answer.
    const anon = await new TestClient(w.url).ok(
      `{ branding(host: "localhost") { title isDefault } }`,
    );
    for (const [, c] of outsidersOfAcme(w))
      expect(await c.ok(`{ branding(host: "localhost") { title isDefault } }`)).toEqual(anon);
  },
};

export const MUTATION_CASES: Record<string, IsolationCase> = {
  ...WEBHOOK_MUTATION_CASES,
  ...DOMAIN_STATE_MUTATION_CASES,
  createDomainProfile: async (w) => {
    // Customers define none; another reseller's profile stays out of R1's customers' reach.
    for (const c of [w.globex, w.otherCustomer, w.initech]) {
      expect(
        codeOf(await c.gql(`mutation { createDomainProfile(input: { name: "mine" }) { id } }`)),
      ).toBe('FORBIDDEN');
    }
    const other = await w.otherReseller.ok<{ createDomainProfile: { id: string } }>(
      `mutation { createDomainProfile(input: { name: "R2 only", maxMailboxes: 1 }) { id } }`,
    );
    expectNotFound(
      await w.acme.gql(
        `mutation { updateDomainSettings(id: "${w.ids.acmeDomain}", input: { profileId: "${other.createDomainProfile.id}" }) { id } }`,
      ),
    );
  },
  updateDomainProfile: async (w) => {
    for (const c of [w.otherReseller, w.globex, w.otherCustomer, w.initech]) {
      expect(
        codeOf(
          await c.gql(
            `mutation { updateDomainProfile(id: "${w.ids.resellerProfile}", input: { name: "hijacked" }) { id } }`,
          ),
        ),
      ).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    const r = await w.reseller.ok<
      Record<string, { edges: { node: { id: string; name: string } }[] }>
    >(`{ domainProfiles { edges { node { id name } } } }`);
    expect(
      r.domainProfiles!.edges.find((e) => e.node.id === w.ids.resellerProfile)?.node.name,
    ).toBe('R1 standard');
  },
  deleteDomainProfile: async (w) => {
    for (const c of [w.otherReseller, w.globex, w.otherCustomer, w.initech]) {
      expect(
        codeOf(await c.gql(`mutation { deleteDomainProfile(id: "${w.ids.resellerProfile}") }`)),
      ).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    const r = await w.reseller.ok<Record<string, { edges: { node: { id: string } }[] }>>(
      `{ domainProfiles { edges { node { id } } } }`,
    );
    expect(listedIds(r, 'domainProfiles')).toContain(w.ids.resellerProfile);
  },
  updateMyMailbox: async (w) => {
    const before = await acmePostmasterState(w);
    for (const [, c] of outsidersOfAcme(w)) {
      expect(
        codeOf(
          await c.gql(
            `mutation { updateMyMailbox(input: { forwards: ["thief@evil.example"] }) { id } }`,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(await acmePostmasterState(w)).toEqual(before);
  },
  setOrganisationLimits: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expect(
        codeOf(
          await c.gql(
            `mutation { setOrganisationLimits(id: "${w.ids.acme}", input: { maxMailboxes: 0 }) { id } }`,
          ),
        ),
      ).toMatch(/NOT_FOUND/);
    }
    const acme = await w.reseller.ok<{ organisation: { maxMailboxes: number | null } }>(
      `{ organisation(id: "${w.ids.acme}") { maxMailboxes } }`,
    );
    expect(acme.organisation.maxMailboxes).toBeNull();
  },
  updateDomainSettings: async (w) => {
    const before = await w.acme.ok(
      `{ domain(id: "${w.ids.acmeDomain}") { settings { catchAll allowedIps services { imap } } } }`,
    );
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { updateDomainSettings(id: "${w.ids.acmeDomain}", input: { catchAll: "thief@evil.example", services: { imap: false } }) { id } }`,
        ),
      );
    }
    expect(
      await w.acme.ok(
        `{ domain(id: "${w.ids.acmeDomain}") { settings { catchAll allowedIps services { imap } } } }`,
      ),
    ).toEqual(before);
  },
  createDomainAlias: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { createDomainAlias(input: { domainId: "${w.ids.acmeDomain}", name: "hijack-${Math.random().toString(36).slice(2, 8)}.example" }) { id } }`,
        ),
      );
    }
    expect(
      (
        await w.acme.ok<{ domainAliases: { totalCount: number } }>(
          `{ domainAliases(domainId: "${w.ids.acmeDomain}") { totalCount } }`,
        )
      ).domainAliases.totalCount,
    ).toBe(1);
  },
  checkDomainAliasVerification: async (w) => {
    const before = await acmeDomainAliasState(w);
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(
        await c.gql(
          `mutation { checkDomainAliasVerification(id: "${w.ids.acmeDomainAlias}") { id } }`,
        ),
      );
    expect(await acmeDomainAliasState(w)).toEqual(before);
  },
  sendDomainAliasVerificationEmail: async (w) => {
    const before = await acmeDomainAliasState(w);
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { sendDomainAliasVerificationEmail(id: "${w.ids.acmeDomainAlias}", mailbox: INFO) { id } }`,
        ),
      );
    }
    expect(await acmeDomainAliasState(w)).toEqual(before);
  },
  confirmDomainAliasVerificationCode: async (w) => {
    const before = await acmeDomainAliasState(w);
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { confirmDomainAliasVerificationCode(id: "${w.ids.acmeDomainAlias}", code: "123456") { id } }`,
        ),
      );
    }
    expect(await acmeDomainAliasState(w)).toEqual(before);
  },
  deleteDomainAlias: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { deleteDomainAlias(id: "${w.ids.acmeDomainAlias}") }`));
    expect((await acmeDomainAliasState(w)).id).toBe(w.ids.acmeDomainAlias);
  },
  createAlias: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { createAlias(input: { domainId: "${w.ids.acmeDomain}", localPart: "sales", destinations: ["thief@evil.example"] }) { id } }`,
        ),
      );
    }
    const list = await w.acme.ok<{ aliases: { totalCount: number } }>(
      `{ aliases(domainId: "${w.ids.acmeDomain}") { totalCount } }`,
    );
    expect(list.aliases.totalCount).toBe(1);
  },
  updateAlias: async (w) => {
    const before = await acmeAliasState(w);
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { updateAlias(id: "${w.ids.acmeAlias}", destinations: ["thief@evil.example"]) { id } }`,
        ),
      );
    }
    expect(await acmeAliasState(w)).toEqual(before);
  },
  deleteAlias: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { deleteAlias(id: "${w.ids.acmeAlias}") }`));
    expect((await acmeAliasState(w)).id).toBe(w.ids.acmeAlias);
  },
  createMailbox: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { createMailbox(input: { domainId: "${w.ids.acmeDomain}", localPart: "mole", password: "mole-pass-1" }) { id } }`,
        ),
      );
    }
    const list = await w.acme.ok<{ mailboxes: { totalCount: number } }>(
      `{ mailboxes(domainId: "${w.ids.acmeDomain}") { totalCount } }`,
    );
    expect(list.mailboxes.totalCount).toBe(1);
  },
  updateMailbox: async (w) => {
    const before = await acmePostmasterState(w);
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { updateMailbox(id: "${w.ids.acmePostmaster}", input: { password: "taken-over-1", forwards: ["thief@evil.example"] }) { id } }`,
        ),
      );
    }
    expect(await acmePostmasterState(w)).toEqual(before);
  },
  deleteMailbox: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { deleteMailbox(id: "${w.ids.acmePostmaster}") }`));
    expect((await acmePostmasterState(w)).id).toBe(w.ids.acmePostmaster);
  },
  createDomain: async (w) => {
    const before = await w.acme.ok(`{ domains { totalCount } }`);
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.gql(
        `mutation { createDomain(input: { customerId: "${w.ids.acme}", name: "planted-${Math.random().toString(36).slice(2, 8)}.example", postmasterPassword: "postmaster-1" }) { id } }`,
      );
      expect(codeOf(r)).toMatch(/NOT_FOUND/);
    }
    // A customer names no customer, or itself; naming another is "not found".
    expectNotFound(
      await w.globex.gql(
        `mutation { createDomain(input: { customerId: "${w.ids.acme}", name: "globex-own.example", postmasterPassword: "postmaster-1" }) { id } }`,
      ),
    );
    const own = await w.globex.ok<{ createDomain: { customer: { id: string } } }>(
      `mutation { createDomain(input: { name: "globex-own.example", postmasterPassword: "postmaster-1" }) { customer { id } } }`,
    );
    expect(own.createDomain.customer.id).toBe(w.ids.globex);
    expect(await w.acme.ok(`{ domains { totalCount } }`)).toEqual(before);
  },
  checkDomainVerification: async (w) => {
    const before = await acmeDomainState(w);
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(
        await c.gql(`mutation { checkDomainVerification(id: "${w.ids.acmeDomain}") { id } }`),
      );
    expect(await acmeDomainState(w)).toEqual(before);
  },
  checkDomainMx: async (w) => {
    const mx = async () =>
      (
        await w.acme.ok<{ domain: { mxCheck: Record<string, unknown> } }>(
          `{ domain(id: "${w.ids.acmeDomain}") { mxCheck { status checkedAt } } }`,
        )
      ).domain.mxCheck;
    const before = await mx();
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(await c.gql(`mutation { checkDomainMx(id: "${w.ids.acmeDomain}") { id } }`));
      // Nor does the "MX problems" filter reach across tenants, either way round.
      for (const mxProblem of [true, false]) {
        const r = await c.ok<Record<string, { edges: { node: { id: string } }[] }>>(
          `{ domains(first: 100, filter: { mxProblem: ${mxProblem} }) { edges { node { id } } } }`,
        );
        expect(listedIds(r, 'domains')).not.toContain(w.ids.acmeDomain);
      }
    }
    expect(await mx()).toEqual(before);
  },
  checkDomainAliasMx: async (w) => {
    const mx = async () =>
      (
        await w.acme.ok<{ domainAlias: { mxCheck: Record<string, unknown> } }>(
          `{ domainAlias(id: "${w.ids.acmeDomainAlias}") { mxCheck { status checkedAt } } }`,
        )
      ).domainAlias.mxCheck;
    const before = await mx();
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(
        await c.gql(`mutation { checkDomainAliasMx(id: "${w.ids.acmeDomainAlias}") { id } }`),
      );
    expect(await mx()).toEqual(before);
  },
  sendDomainVerificationEmail: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { sendDomainVerificationEmail(id: "${w.ids.acmeDomain}", mailbox: POSTMASTER) { id } }`,
        ),
      );
    }
    expect((await acmeDomainState(w)).verification).toMatchObject({ emailCodeSentTo: null });
  },
  confirmDomainVerificationCode: async (w) => {
    const before = await acmeDomainState(w);
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { confirmDomainVerificationCode(id: "${w.ids.acmeDomain}", code: "123456") { id } }`,
        ),
      );
    }
    expect(await acmeDomainState(w)).toEqual(before);
  },
  deleteDomain: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { deleteDomain(id: "${w.ids.acmeDomain}") }`));
    expect((await acmeDomainState(w)).id).toBe(w.ids.acmeDomain);
  },
  login: async (w) => {
    // Signing in as someone needs their password, whoever is already signed in.
    const r = await w.otherReseller.gql(
      `mutation { login(input: { login: "acme", password: "guess-1234567" }) { csrfToken } }`,
    );
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  },
  logout: async (w) => {
    await (await freshOutsider(w)).ok(`mutation { logout }`);
    expect((await w.acme.gql(`{ me { id } }`)).errors).toBeUndefined();
  },
  changePassword: async (w) => {
    const outsider = await freshOutsider(w);
    await outsider.ok(
      `mutation { changePassword(input: { currentPassword: "other-customer-1", newPassword: "other-customer-2" }) }`,
    );
    expect((await new TestClient(w.url).login('acme', 'acme-demo-1')).errors).toBeUndefined();
    await outsider.ok(
      `mutation { changePassword(input: { currentPassword: "other-customer-2", newPassword: "other-customer-1" }) }`,
    );
    // Changing a password signs out the user's other sessions, the world's included.
    w.otherCustomer = await relogin(w.url, 'other-customer', 'other-customer-1');
  },
  createReseller: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      const r = await c.gql(
        `mutation { createReseller(input: { name: "X", contactEmail: "x@x.example", admin: { login: "x-${Math.random().toString(36).slice(2, 8)}", password: "xxxxxxxxx1" } }) { id } }`,
      );
      expect(codeOf(r)).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
  },
  createCustomer: async (w) => {
    const before = await w.reseller.ok<{ customers: { totalCount: number } }>(
      `{ customers { totalCount } }`,
    );
    const r = await w.otherReseller.gql(
      `mutation { createCustomer(input: { resellerId: "${w.ids.reseller}", name: "Planted", contactEmail: "p@p.example", admin: { login: "planted-1", password: "planted-pass-1" } }) { id } }`,
    );
    expectNotFound(r);
    for (const c of [w.globex, w.otherCustomer]) {
      const r2 = await c.gql(
        `mutation { createCustomer(input: { name: "Y", contactEmail: "y@y.example", admin: { login: "planted-2", password: "planted-pass-2" } }) { id } }`,
      );
      expect(codeOf(r2)).toBe('FORBIDDEN');
    }
    expect(await w.reseller.ok(`{ customers { totalCount } }`)).toEqual(before);
  },
  updateOrganisation: async (w) => {
    const before = await acmeState(w);
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(
        await c.gql(
          `mutation { updateOrganisation(id: "${w.ids.acme}", input: { name: "Pwned" }) { id } }`,
        ),
      );
    expect(await acmeState(w)).toEqual(before);
  },
  suspendOrganisation: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { suspendOrganisation(id: "${w.ids.acme}") { id } }`));
    expect((await acmeState(w)).status).toBe('ACTIVE');
  },
  reactivateOrganisation: async (w) => {
    await w.reseller.ok(`mutation { suspendOrganisation(id: "${w.ids.globex}") { id } }`);
    for (const c of [w.otherReseller, w.otherCustomer, w.acme, w.initech]) {
      expectNotFound(
        await c.gql(`mutation { reactivateOrganisation(id: "${w.ids.globex}") { id } }`),
      );
    }
    const still = await w.reseller.ok<{ organisation: { status: string } }>(
      `{ organisation(id: "${w.ids.globex}") { status } }`,
    );
    expect(still.organisation.status).toBe('SUSPENDED');
    await w.reseller.ok(`mutation { reactivateOrganisation(id: "${w.ids.globex}") { id } }`);
    // Suspension signed globex out; it can sign in again now.
    w.globex = await relogin(w.url, 'globex', 'globex-demo-1');
  },
  deleteOrganisation: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { deleteOrganisation(id: "${w.ids.acme}") }`));
    expect((await acmeState(w)).id).toBe(w.ids.acme);
  },
  impersonate: async (w) => {
    expectNotFound(
      await w.otherReseller.gql(
        `mutation { impersonate(organisationId: "${w.ids.acme}") { actingAs { id } } }`,
      ),
    );
    for (const c of [w.globex, w.otherCustomer, w.initech]) {
      expect(
        codeOf(
          await c.gql(
            `mutation { impersonate(organisationId: "${w.ids.acme}") { actingAs { id } } }`,
          ),
        ),
      ).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    const me = await w.otherReseller.ok<{ me: { actingAs: { id: string } } }>(
      `{ me { actingAs { id } } }`,
    );
    expect(me.me.actingAs.id).toBe(w.ids.otherReseller);
  },
  stopImpersonating: async (w) => {
    const reseller = await relogin(w.url, 'reseller', 'reseller-demo-1');
    await reseller.ok(`mutation { impersonate(organisationId: "${w.ids.acme}") { id } }`);
    await w.otherReseller.ok(`mutation { stopImpersonating { id } }`);
    const me = await reseller.ok<{ me: { actingAs: { id: string } } }>(
      `{ me { actingAs { id } } }`,
    );
    expect(me.me.actingAs.id).toBe(w.ids.acme);
  },
  createUser: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { createUser(input: { organisationId: "${w.ids.acme}", login: "mole-${Math.random().toString(36).slice(2, 8)}", password: "mole-pass-123", name: "Mole", email: "m@m.example", role: ADMIN }) { id } }`,
        ),
      );
    }
    const grant = await w.otherReseller.gql(
      `mutation { createUser(input: { login: "mole-manager", password: "mole-pass-123", name: "Mole", email: "m@m.example", role: MANAGER, grantedCustomerIds: ["${w.ids.acme}"] }) { id } }`,
    );
    expect(codeOf(grant)).toBe('VALIDATION_FAILED');
    expect(grant.errors![0]!.extensions!.fields![0]!.field).toBe('grantedCustomerIds.0');
    const domainGrant = await w.otherReseller.gql(
      `mutation { createUser(input: { login: "mole-domain", password: "mole-pass-123", name: "Mole", email: "m@m.example", role: MANAGER, grantedDomainIds: ["${w.ids.acmeDomain}"] }) { id } }`,
    );
    expect(domainGrant.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'grantedDomainIds.0',
      code: 'INVALID_ID',
    });
    const users = await w.acme.ok<{ users: { totalCount: number } }>(`{ users { totalCount } }`);
    expect(users.users.totalCount).toBe(1);
  },
  updateUser: async (w) => {
    for (const [, c] of outsidersOfAcme(w)) {
      expectNotFound(
        await c.gql(
          `mutation { updateUser(id: "${w.ids.acmeAdmin}", input: { password: "taken-over-12" }) { id } }`,
        ),
      );
    }
    expect((await new TestClient(w.url).login('acme', 'acme-demo-1')).errors).toBeUndefined();
  },
  deleteUser: async (w) => {
    for (const [, c] of outsidersOfAcme(w))
      expectNotFound(await c.gql(`mutation { deleteUser(id: "${w.ids.acmeAdmin}") }`));
    expect((await w.acme.gql(`{ me { id } }`)).errors).toBeUndefined();
  },
  createApiToken: async (w) => {
    // A token acts with its owner's scope and never more.
    const t = await w.otherReseller.ok<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(input: { name: "iso", scopes: [READ, WRITE] }) { secret } }`,
    );
    const partner = new TestClient(w.url).withToken(t.createApiToken.secret);
    expectNotFound(await partner.gql(`{ organisation(id: "${w.ids.acme}") { id } }`));
    expectNotFound(
      await partner.gql(
        `mutation { updateOrganisation(id: "${w.ids.acme}", input: { name: "Via token" }) { id } }`,
      ),
    );
  },
  revokeApiToken: async (w) => {
    const t = await w.acme.ok<{ createApiToken: { secret: string; token: { id: string } } }>(
      `mutation { createApiToken(input: { name: "victim", scopes: [READ] }) { secret token { id } } }`,
    );
    for (const [, c] of [
      ...outsidersOfAcme(w),
      ['acme’s reseller', w.reseller] as [string, TestClient],
    ]) {
      expectNotFound(
        await c.gql(`mutation { revokeApiToken(id: "${t.createApiToken.token.id}") { id } }`),
      );
    }
    const partner = new TestClient(w.url).withToken(t.createApiToken.secret);
    expect((await partner.gql(`{ me { id } }`)).errors).toBeUndefined();
  },
};

export const SUBSCRIPTION_CASES: Record<string, IsolationCase> = {
  auditEntryAdded: async (w) => {
    const query = `subscription { auditEntryAdded { objectId action } }`;
    const victimWs = w.acme.ws();
    const outsiderSockets = outsidersOfAcme(w).map(([, c]) => c.ws());
    const victim = subscribe<{ auditEntryAdded: { objectId: string } }>(victimWs, query);
    const outsiders = outsiderSockets.map((ws) =>
      subscribe<{ auditEntryAdded: { objectId: string } }>(ws, query),
    );
    await new Promise((r) => setTimeout(r, 300));
    await w.acme.ok(
      `mutation { updateOrganisation(id: "${w.ids.acme}", input: { name: "Acme Live" }) { id } }`,
    );
    await victim.waitFor(1);
    expect(victim.events[0]?.data?.auditEntryAdded.objectId).toBe(w.ids.acme);
    await new Promise((r) => setTimeout(r, 300));
    for (const o of outsiders) expect(o.events).toEqual([]);
    victim.unsubscribe();
    outsiders.forEach((o) => o.unsubscribe());
    await Promise.all([victimWs, ...outsiderSockets].map((s) => s.dispose()));
    await w.acme.ok(
      `mutation { updateOrganisation(id: "${w.ids.acme}", input: { name: "Acme S.r.l." }) { id } }`,
    );
  },
};

const relogin = async (url: string, login: string, password: string): Promise<TestClient> => {
  const c = new TestClient(url);
  const r = await c.login(login, password);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return c;
};

const freshOutsider = (w: World) => relogin(w.url, 'other-customer', 'other-customer-1');
