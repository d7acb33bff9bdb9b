import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

const CREATE_CUSTOMER = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name status contactEmail language parent { name } } }`;
type Org = { id: string; name: string; status: string };

describe.skipIf(skipWithoutDatabase())('resellers and customers', () => {
  let server: TestServer;
  let reseller: TestClient;
  beforeAll(async () => {
    server = await startTestServer();
    reseller = await signedIn(server.url, 'reseller');
  });
  afterAll(async () => server?.destroy());

  const create = (name: string, login: string, language = 'it') =>
    reseller.ok<{ createCustomer: Org & { parent: { name: string } | null } }>(CREATE_CUSTOMER, {
      input: {
        name,
        contactEmail: `admin@${login}.example`,
        language,
        admin: { login, password: `${login}-pass-1` },
      },
    });

  it('a reseller creates a customer whose admin can sign in, and a welcome e-mail goes out', async () => {
    const { createCustomer } = await create('Dolci Rossi', 'dolci', 'it');
    expect(createCustomer).toMatchObject({
      name: 'Dolci Rossi',
      status: 'ACTIVE',
      parent: { name: 'Rivendita Demo' },
    });
    const admin = new TestClient(server.url);
    expect((await admin.login('dolci', 'dolci-pass-1')).errors).toBeUndefined();
    expect(await server.app.outbox.drain()).toBeGreaterThan(0);
    const files = fs.readdirSync(path.join(server.dataDir, 'outbox'));
    const mail = files
      .map((f) => fs.readFileSync(path.join(server.dataDir, 'outbox', f), 'utf8'))
      .find((m) => m.includes('admin@dolci.example'))!;
    expect(mail).toMatch(/Subject: Benvenuto in Rivendita Demo/);
    expect(mail).not.toMatch(/Casella/); // white-label: the reseller's name, not the platform's
  });

  it('a taken admin login is a conflict on that field, and nothing is created', async () => {
    const before = (
      await reseller.ok<{ customers: { totalCount: number } }>(`{ customers { totalCount } }`)
    ).customers.totalCount;
    const r = await reseller.gql(CREATE_CUSTOMER, {
      input: {
        name: 'Dup',
        contactEmail: 'd@d.example',
        admin: { login: 'acme', password: 'dup-pass-123' },
      },
    });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'admin.login', code: 'TAKEN' }],
    });
    expect(
      (await reseller.ok<{ customers: { totalCount: number } }>(`{ customers { totalCount } }`))
        .customers.totalCount,
    ).toBe(before);
  });

  it('edits, suspends (signing its users out), reactivates and deletes a customer', async () => {
    const { createCustomer: c } = await create('Ferramenta Bianchi', 'ferramenta');
    const customer = new TestClient(server.url);
    await customer.login('ferramenta', 'ferramenta-pass-1');
    const edited = await reseller.ok<{ updateOrganisation: Org & { contactEmail: string } }>(
      `mutation { updateOrganisation(id: "${c.id}", input: { name: "Ferramenta Bianchi S.n.c.", contactEmail: "Info@Bianchi.example" }) { id name contactEmail } }`,
    );
    expect(edited.updateOrganisation).toMatchObject({
      name: 'Ferramenta Bianchi S.n.c.',
      contactEmail: 'info@bianchi.example',
    });
    await reseller.ok(`mutation { suspendOrganisation(id: "${c.id}") { status } }`);
    expect(codeOf(await customer.gql(`{ me { id } }`))).toBe('UNAUTHENTICATED');
    const login = await new TestClient(server.url).login('ferramenta', 'ferramenta-pass-1');
    expect(codeOf(login)).toBe('FORBIDDEN');
    expect(login.errors![0]!.message).toMatch(/suspended/);
    await reseller.ok(`mutation { reactivateOrganisation(id: "${c.id}") { status } }`);
    expect(
      (await new TestClient(server.url).login('ferramenta', 'ferramenta-pass-1')).errors,
    ).toBeUndefined();
    const del = await reseller.ok<{ deleteOrganisation: string }>(
      `mutation { deleteOrganisation(id: "${c.id}") }`,
    );
    expect(del.deleteOrganisation).toBe(c.id);
    expect(codeOf(await reseller.gql(`{ organisation(id: "${c.id}") { id } }`))).toBe('NOT_FOUND');
    expect(codeOf(await new TestClient(server.url).login('ferramenta', 'ferramenta-pass-1'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a reseller cannot suspend or delete itself; a reseller with customers cannot be deleted', async () => {
    const me = await reseller.ok<{ me: { organisation: { id: string } } }>(
      `{ me { organisation { id } } }`,
    );
    expect(
      codeOf(
        await reseller.gql(
          `mutation { suspendOrganisation(id: "${me.me.organisation.id}") { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
    const platform = await signedIn(server.url, 'admin');
    const r = await platform.gql(`mutation { deleteOrganisation(id: "${me.me.organisation.id}") }`);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0]!.message).toMatch(/still has customers/);
  });

  it('suspending a reseller suspends access for its customers too', async () => {
    const platform = await signedIn(server.url, 'admin');
    const created = await platform.ok<{ createReseller: Org }>(
      `mutation { createReseller(input: { name: "Temp Reseller", contactEmail: "t@t.example", admin: { login: "temp-reseller", password: "temp-reseller-1" } }) { id } }`,
    );
    const temp = new TestClient(server.url);
    await temp.login('temp-reseller', 'temp-reseller-1');
    await temp.ok(CREATE_CUSTOMER, {
      input: {
        name: 'Temp Customer',
        contactEmail: 'tc@t.example',
        admin: { login: 'temp-customer', password: 'temp-customer-1' },
      },
    });
    await platform.ok(
      `mutation { suspendOrganisation(id: "${created.createReseller.id}") { id } }`,
    );
    expect(codeOf(await new TestClient(server.url).login('temp-customer', 'temp-customer-1'))).toBe(
      'FORBIDDEN',
    );
    const resellers = await platform.ok<{
      resellers: { edges: { node: { name: string; status: string; customerCount: number } }[] };
    }>(
      `{ resellers(orderBy: { field: NAME, direction: ASC }) { edges { node { name status customerCount } } } }`,
    );
    expect(resellers.resellers.edges.map((e) => e.node)).toContainEqual({
      name: 'Temp Reseller',
      status: 'SUSPENDED',
      customerCount: 1,
    });
  });

  it("the platform lists direct and resellers' customers, and can filter by reseller", async () => {
    const platform = await signedIn(server.url, 'admin');
    const all = await platform.ok<{ customers: { edges: { node: { name: string } }[] } }>(
      `{ customers(first: 100) { edges { node { name } } } }`,
    );
    expect(all.customers.edges.map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['Acme S.r.l.', 'Globex S.p.A.', 'Initech']),
    );
    const rid = (
      await reseller.ok<{ me: { organisation: { id: string } } }>(`{ me { organisation { id } } }`)
    ).me.organisation.id;
    const mine = await platform.ok<{ customers: { edges: { node: { name: string } }[] } }>(
      `{ customers(first: 100, filter: { resellerId: "${rid}" }) { edges { node { name } } } }`,
    );
    expect(mine.customers.edges.map((e) => e.node.name)).not.toContain('Initech');
  });

  it('impersonation: acting as a customer is visible in `me`, narrows the scope, is audited, and ends', async () => {
    const customers = await reseller.ok<{
      customers: { edges: { node: { id: string; name: string } }[] };
    }>(`{ customers { edges { node { id name } } } }`);
    const acme = customers.customers.edges.find((e) => e.node.name === 'Acme S.r.l.')!.node;
    const globex = customers.customers.edges.find((e) => e.node.name === 'Globex S.p.A.')!.node;
    const session = await signedIn(server.url, 'reseller');
    const imp = await session.ok<{
      impersonate: {
        actingAs: { id: string };
        organisation: { name: string };
        impersonation: { organisation: { name: string }; startedAt: string };
        permissions: string[];
      };
    }>(
      `mutation { impersonate(organisationId: "${acme.id}") { actingAs { id } organisation { name } impersonation { organisation { name } startedAt } permissions } }`,
    );
    expect(imp.impersonate.actingAs.id).toBe(acme.id);
    expect(imp.impersonate.organisation.name).toBe('Rivendita Demo');
    expect(imp.impersonate.impersonation.organisation.name).toBe('Acme S.r.l.');
    expect(imp.impersonate.permissions).not.toContain('CUSTOMERS_MANAGE');
    // Acting as acme: globex is out of reach, acme's own users are listed.
    expect(codeOf(await session.gql(`{ organisation(id: "${globex.id}") { id } }`))).toBe(
      'NOT_FOUND',
    );
    const users = await session.ok<{ users: { edges: { node: { login: string } }[] } }>(
      `{ users { edges { node { login } } } }`,
    );
    expect(users.users.edges.map((e) => e.node.login)).toEqual(['acme']);
    await session.ok(
      `mutation { updateOrganisation(id: "${acme.id}", input: { language: en }) { id } }`,
    );
    const audit = await reseller.ok<{
      auditLog: {
        edges: { node: { action: string; actorLabel: string; actingAsLabel: string | null } }[];
      };
    }>(
      `{ auditLog(filter: { objectId: "${acme.id}" }) { edges { node { action actorLabel actingAsLabel } } } }`,
    );
    expect(audit.auditLog.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        {
          action: 'customer.impersonate',
          actorLabel: 'Rivendita Demo (reseller)',
          actingAsLabel: null,
        },
        {
          action: 'customer.update',
          actorLabel: 'Rivendita Demo (reseller)',
          actingAsLabel: 'Acme S.r.l.',
        },
      ]),
    );
    const back = await session.ok<{
      stopImpersonating: { actingAs: { id: string }; impersonation: null };
    }>(`mutation { stopImpersonating { actingAs { id } impersonation { startedAt } } }`);
    expect(back.stopImpersonating.impersonation).toBeNull();
    expect(
      (
        await session.ok<{ organisation: { id: string } }>(
          `{ organisation(id: "${globex.id}") { id } }`,
        )
      ).organisation.id,
    ).toBe(globex.id);
  });

  it('customers and managers cannot impersonate; a suspended customer cannot be impersonated', async () => {
    const acme = await signedIn(server.url, 'acme');
    const gid = (
      await reseller.ok<{ customers: { edges: { node: { id: string; name: string } }[] } }>(
        `{ customers { edges { node { id name } } } }`,
      )
    ).customers.edges.find((e) => e.node.name.startsWith('Globex'))!.node.id;
    expect(
      codeOf(await acme.gql(`mutation { impersonate(organisationId: "${gid}") { id } }`)),
    ).toBe('FORBIDDEN');
    await reseller.ok(`mutation { suspendOrganisation(id: "${gid}") { id } }`);
    const r = await reseller.gql(`mutation { impersonate(organisationId: "${gid}") { id } }`);
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    await reseller.ok(`mutation { reactivateOrganisation(id: "${gid}") { id } }`);
  });
});
