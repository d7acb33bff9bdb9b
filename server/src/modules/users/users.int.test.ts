import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id login role permissions grantedCustomers { name } } }`;

describe.skipIf(skipWithoutDatabase())('team members and managers', () => {
  let server: TestServer;
  let reseller: TestClient;
  let customerIds: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer();
    reseller = await signedIn(server.url, 'reseller');
    const r = await reseller.ok<{ customers: { edges: { node: { id: string; name: string } }[] } }>(
      `{ customers { edges { node { id name } } } }`,
    );
    customerIds = Object.fromEntries(r.customers.edges.map((e) => [e.node.name, e.node.id]));
  });
  afterAll(async () => server?.destroy());

  it('a team member with limited permissions can do only what its toggles allow', async () => {
    await reseller.ok(CREATE_USER, {
      input: {
        login: 'helpdesk',
        password: 'helpdesk-pass-1',
        name: 'Help Desk',
        email: 'help@r.example',
        role: 'MEMBER',
        permissions: ['LOGS_VIEW'],
      },
    });
    const member = new TestClient(server.url);
    await member.login('helpdesk', 'helpdesk-pass-1');
    const me = await member.ok<{ me: { role: string; permissions: string[] } }>(
      `{ me { role permissions } }`,
    );
    expect(me.me).toEqual({ role: 'MEMBER', permissions: ['LOGS_VIEW'] });
    expect((await member.gql(`{ auditLog { totalCount } }`)).errors).toBeUndefined();
    expect(codeOf(await member.gql(`{ users { totalCount } }`))).toBe('FORBIDDEN');
    expect(codeOf(await member.gql(`{ apiTokens { totalCount } }`))).toBe('FORBIDDEN');
    const r = await member.gql(
      `mutation { suspendOrganisation(id: "${customerIds['Acme S.r.l.']}") { id } }`,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/CUSTOMERS_MANAGE/);
    // The member sees the reseller's customers (its organisation's scope) but cannot change them.
    expect(
      (await member.ok<{ customers: { totalCount: number } }>(`{ customers { totalCount } }`))
        .customers.totalCount,
    ).toBe(2);
  });

  it('permission changes apply at once, and a disabled member is signed out', async () => {
    const created = await reseller.ok<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        login: 'sales',
        password: 'sales-pass-12',
        name: 'Sales',
        email: 'sales@r.example',
        role: 'MEMBER',
        permissions: [],
      },
    });
    const member = new TestClient(server.url);
    await member.login('sales', 'sales-pass-12');
    expect(codeOf(await member.gql(`{ auditLog { totalCount } }`))).toBe('FORBIDDEN');
    await reseller.ok(
      `mutation { updateUser(id: "${created.createUser.id}", input: { permissions: [LOGS_VIEW, CUSTOMERS_MANAGE] }) { id } }`,
    );
    expect((await member.gql(`{ auditLog { totalCount } }`)).errors).toBeUndefined();
    await reseller.ok(
      `mutation { updateUser(id: "${created.createUser.id}", input: { disabled: true }) { id } }`,
    );
    expect(codeOf(await member.gql(`{ me { id } }`))).toBe('UNAUTHENTICATED');
    const login = await new TestClient(server.url).login('sales', 'sales-pass-12');
    expect(login.errors![0]!.message).toMatch(/disabled/);
  });

  it("reseller-only permissions are refused for customers' members", async () => {
    const acme = await signedIn(server.url, 'acme');
    const r = await acme.gql(CREATE_USER, {
      input: {
        login: 'acme-mgr',
        password: 'acme-mgr-pass-1',
        name: 'X',
        email: 'x@acme.example',
        role: 'MEMBER',
        permissions: ['CUSTOMERS_MANAGE'],
      },
    });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'permissions', code: 'NOT_ALLOWED' }],
    });
    const m = await acme.gql(CREATE_USER, {
      input: {
        login: 'acme-mgr',
        password: 'acme-mgr-pass-1',
        name: 'X',
        email: 'x@acme.example',
        role: 'MANAGER',
      },
    });
    expect(m.errors![0]!.extensions!.code).toMatch(/VALIDATION_FAILED|FORBIDDEN/);
  });

  it('a manager sees and acts on its granted customers only', async () => {
    const created = await reseller.ok<{
      createUser: { id: string; grantedCustomers: { name: string }[] };
    }>(CREATE_USER, {
      input: {
        login: 'agent-north',
        password: 'agent-north-1',
        name: 'Agent North',
        email: 'north@r.example',
        role: 'MANAGER',
        permissions: ['DOMAINS_ADD', 'LOGS_VIEW'],
        grantedCustomerIds: [customerIds['Acme S.r.l.']],
      },
    });
    expect(created.createUser.grantedCustomers).toEqual([{ name: 'Acme S.r.l.' }]);
    const manager = new TestClient(server.url);
    await manager.login('agent-north', 'agent-north-1');
    const list = await manager.ok<{ customers: { edges: { node: { name: string } }[] } }>(
      `{ customers { edges { node { name } } } }`,
    );
    expect(list.customers.edges.map((e) => e.node.name)).toEqual(['Acme S.r.l.']);
    expect(
      codeOf(await manager.gql(`{ organisation(id: "${customerIds['Globex S.p.A.']}") { id } }`)),
    ).toBe('NOT_FOUND');
    const me = await manager.ok<{
      me: { role: string; organisation: { name: string }; permissions: string[] };
    }>(`{ me { role organisation { name } permissions } }`);
    expect(me.me).toEqual({
      role: 'MANAGER',
      organisation: { name: 'Rivendita Demo' },
      permissions: ['DOMAINS_ADD', 'LOGS_VIEW'],
    });
    // Re-granting moves its reach at once.
    await reseller.ok(
      `mutation { updateUser(id: "${created.createUser.id}", input: { grantedCustomerIds: ["${customerIds['Globex S.p.A.']}"] }) { id } }`,
    );
    const after = await manager.ok<{ customers: { edges: { node: { name: string } }[] } }>(
      `{ customers { edges { node { name } } } }`,
    );
    expect(after.customers.edges.map((e) => e.node.name)).toEqual(['Globex S.p.A.']);
  });

  it('a manager granted one domain acts on that domain only, not on the rest of its customer', async () => {
    const acme = await signedIn(server.url, 'acme');
    const domains = await acme.ok<{ domains: { edges: { node: { id: string; name: string } }[] } }>(
      `{ domains { edges { node { id name } } } }`,
    );
    const demo = domains.domains.edges.find((e) => e.node.name === 'acme-demo.it')!.node.id;
    const other = (
      await acme.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "acme-other.example", postmasterPassword: "postmaster-1" }) { id } }`,
      )
    ).createDomain.id;
    const created = await reseller.ok<{ createUser: { grantedDomains: { name: string }[] } }>(
      `mutation { createUser(input: { login: "agent-domain", password: "agent-domain-1", name: "Agent", email: "ad@r.example", role: MANAGER, permissions: [MAILBOXES_ADD], grantedDomainIds: ["${demo}"] }) { grantedDomains { name } } }`,
    );
    expect(created.createUser.grantedDomains).toEqual([{ name: 'acme-demo.it' }]);
    const manager = new TestClient(server.url);
    await manager.login('agent-domain', 'agent-domain-1');
    const seen = await manager.ok<{ domains: { edges: { node: { name: string } }[] } }>(
      `{ domains { edges { node { name } } } }`,
    );
    expect(seen.domains.edges.map((e) => e.node.name)).toEqual(['acme-demo.it']);
    expect(codeOf(await manager.gql(`{ domain(id: "${other}") { id } }`))).toBe('NOT_FOUND');
    expect(
      codeOf(await manager.gql(`{ organisation(id: "${customerIds['Acme S.r.l.']}") { id } }`)),
    ).toBe('NOT_FOUND');
    const made = await manager.gql(
      `mutation { createMailbox(input: { domainId: "${demo}", localPart: "via-manager", password: "via-manager-1" }) { address } }`,
    );
    expect(made.errors).toBeUndefined();
    const foreign = await reseller.gql(
      `mutation { createUser(input: { login: "agent-bad", password: "agent-bad-pass-1", name: "A", email: "a@r.example", role: MANAGER, grantedDomainIds: ["dom-000000000000000000000000"] }) { id } }`,
    );
    expect(foreign.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'grantedDomainIds.0',
      code: 'INVALID_ID',
    });
  });

  it('an organisation keeps at least one admin, and nobody deletes or disables themselves', async () => {
    const acme = await signedIn(server.url, 'acme');
    const me = await acme.ok<{ me: { id: string } }>(`{ me { id } }`);
    expect(codeOf(await acme.gql(`mutation { deleteUser(id: "${me.me.id}") }`))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await acme.gql(
          `mutation { updateUser(id: "${me.me.id}", input: { disabled: true }) { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    const second = await acme.ok<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        login: 'acme-second',
        password: 'acme-second-1',
        name: 'Second',
        email: 's@acme.example',
        role: 'ADMIN',
      },
    });
    const other = new TestClient(server.url);
    await other.login('acme-second', 'acme-second-1');
    expect(
      (await other.ok<{ deleteUser: string }>(`mutation { deleteUser(id: "${me.me.id}") }`))
        .deleteUser,
    ).toBe(me.me.id);
    const r = await other.gql(`mutation { deleteUser(id: "${second.createUser.id}") }`);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('lists, searches and sorts users; the password hash never appears', async () => {
    const r = await reseller.gql(
      `{ users(filter: { search: "agent-n" }, orderBy: { field: LOGIN, direction: DESC }) { totalCount edges { node { login role } } } }`,
    );
    expect(JSON.stringify(r)).not.toMatch(/argon2/);
    expect(
      (r.data as { users: { edges: { node: { login: string } }[] } }).users.edges.map(
        (e) => e.node.login,
      ),
    ).toEqual(['agent-north']);
  });
});
