import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';

describe.skipIf(skipWithoutDatabase())(
  'API conventions: bad input, limits, pagination, errors',
  () => {
    let server: TestServer;
    let reseller: TestClient;
    beforeAll(async () => {
      server = await startTestServer({
        GRAPHQL_MAX_DEPTH: '6',
        GRAPHQL_MAX_ALIASES: '5',
        GRAPHQL_MAX_COST: '1000',
      });
      reseller = await signedIn(server.url, 'reseller');
    });
    afterAll(async () => server?.destroy());

    const customerCount = async () =>
      (await reseller.ok<{ customers: { totalCount: number } }>(`{ customers { totalCount } }`))
        .customers.totalCount;

    it('rejects a malformed ID with a field error', async () => {
      for (const id of [
        '1',
        'org-123',
        "org-'; drop table users; --",
        'usr-aaaaaaaaaaaaaaaaaaaaaaaa',
      ]) {
        const r = await reseller.gql(`query($id: ID!) { organisation(id: $id) { id } }`, { id });
        expect(codeOf(r)).toBe('VALIDATION_FAILED');
        expect(r.errors![0]!.extensions!.fields).toEqual([
          { field: 'id', code: 'INVALID_ID', message: 'Not a valid ID' },
        ]);
      }
    });

    it("answers a well-formed unknown ID exactly like another tenant's", async () => {
      const r = await reseller.gql(`{ organisation(id: "org-000000000000000000000000") { id } }`);
      expect(r.errors![0]).toEqual({
        message: 'Organisation not found.',
        locations: expect.any(Array),
        path: ['organisation'],
        extensions: { code: 'NOT_FOUND', objectType: 'Organisation' },
      });
    });

    it('rejects oversized strings and bad fields together, creating nothing', async () => {
      const before = await customerCount();
      const r = await reseller.gql(
        `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
        {
          input: {
            name: 'x'.repeat(5000),
            contactEmail: 'not-an-email',
            admin: { login: 'ok-login', password: 'short' },
          },
        },
      );
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      const fields = r.errors![0]!.extensions!.fields!;
      expect(fields).toEqual(
        expect.arrayContaining([
          { field: 'name', code: 'TOO_LONG', message: 'At most 120 characters' },
          { field: 'contactEmail', code: 'INVALID_FORMAT', message: 'Not a valid e-mail address' },
          expect.objectContaining({ field: 'admin.password', code: 'TOO_SHORT' }),
        ]),
      );
      expect(await customerCount()).toBe(before);
    });

    it('rejects an unknown enum value before running anything', async () => {
      const r = await reseller.gql(`{ customers(filter: { status: DELETED }) { totalCount } }`);
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors![0]!.message).toMatch(/DELETED/);
      const v = await reseller.gql(
        `query($s: OrganisationStatus) { customers(filter: { status: $s }) { totalCount } }`,
        { s: 'DELETED' },
      );
      expect(codeOf(v)).toBe('BAD_USER_INPUT');
    });

    it('rejects a query over the depth limit', async () => {
      const r = await reseller.gql(
        `{ customers { edges { node { parent { parent { parent { parent { id } } } } } } } }`,
      );
      expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors![0]!.message).toMatch(/levels deep; the limit is 6/);
    });

    it('rejects a query over the cost limit', async () => {
      const r = await reseller.gql(
        `{ customers(first: 100) { edges { node { id name parent { id name parent { id } } customerCount } } } }`,
      );
      expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors![0]!.message).toMatch(/cost \d+; the limit is 1000/);
    });

    it('rejects too many aliases', async () => {
      const fields = Array.from({ length: 6 }, (_, i) => `a${i}: me { id }`).join(' ');
      const r = await reseller.gql(`{ ${fields} }`);
      expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
    });

    it('serves introspection to signed-in callers and API tokens only', async () => {
      const anon = await new TestClient(server.url).gql(getIntrospectionQuery());
      expect(codeOf(anon)).toBe('UNAUTHENTICATED');
      expect(anon.data).toBeNull();
      const r = await reseller.gql(getIntrospectionQuery());
      expect(r.errors).toBeUndefined();
    });

    it('never sends stack traces and masks unexpected errors', async () => {
      const r = await new TestClient(server.url).gql(`{ me { id } }`);
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.js:\d+/);
      const parse = await new TestClient(server.url).gql(`{ me { `);
      expect(codeOf(parse)).toBe('GRAPHQL_PARSE_FAILED');
      expect(JSON.stringify(parse.errors)).not.toMatch(/stacktrace/);
    });

    it('pages forwards and backwards with opaque cursors, and rejects bad ones', async () => {
      const platform = await signedIn(server.url, 'admin');
      for (let i = 0; i < 5; i++) {
        await platform.ok(
          `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
          {
            input: {
              name: `Page Customer ${i}`,
              contactEmail: `p${i}@page.example`,
              admin: { login: `page-${i}`, password: 'page-pass-123' },
            },
          },
        );
      }
      type Conn = {
        customers: {
          totalCount: number;
          pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            endCursor: string;
            startCursor: string;
          };
          edges: { node: { name: string } }[];
        };
      };
      const q = `query($first: Int, $after: String, $last: Int, $before: String) { customers(first: $first, after: $after, last: $last, before: $before, orderBy: { field: NAME, direction: ASC }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { name } } } }`;
      const all = (await platform.ok<Conn>(q, { first: 100 })).customers;
      const names = all.edges.map((e) => e.node.name);
      expect(names).toEqual([...names].sort());
      expect(all.totalCount).toBe(names.length);
      const p1 = (await platform.ok<Conn>(q, { first: 3 })).customers;
      const p2 = (await platform.ok<Conn>(q, { first: 3, after: p1.pageInfo.endCursor })).customers;
      expect([...p1.edges, ...p2.edges].map((e) => e.node.name)).toEqual(names.slice(0, 6));
      expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const back = (await platform.ok<Conn>(q, { last: 3, before: p2.pageInfo.endCursor }))
        .customers;
      expect(back.edges.map((e) => e.node.name)).toEqual(names.slice(2, 5));
      expect(p1.pageInfo.endCursor).not.toMatch(/org-/);
      const bad = await platform.gql(q, { first: 3, after: 'bm90LWEtY3Vyc29y' });
      expect(bad.errors![0]!.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'after', code: 'INVALID_FORMAT' }],
      });
      const big = await platform.gql(q, { first: 101 });
      expect(big.errors![0]!.extensions!.fields![0]!.field).toBe('first');
    });

    it('searches and filters lists', async () => {
      const platform = await signedIn(server.url, 'admin');
      const r = await platform.ok<{ customers: { edges: { node: { name: string } }[] } }>(
        `{ customers(filter: { search: "acme" }) { edges { node { name } } } }`,
      );
      expect(r.customers.edges.map((e) => e.node.name)).toEqual(['Acme S.r.l.']);
      const pct = await platform.ok<{ customers: { totalCount: number } }>(
        `{ customers(filter: { search: "%" }) { totalCount } }`,
      );
      expect(pct.customers.totalCount).toBe(0);
    });

    it('answers health and readiness probes and sends security headers', async () => {
      const h = await fetch(`${server.url}/healthz`);
      expect(await h.json()).toEqual({ status: 'ok' });
      const r = await fetch(`${server.url}/readyz`);
      expect(r.status).toBe(200);
      expect(h.headers.get('x-content-type-options')).toBe('nosniff');
      expect(h.headers.get('x-powered-by')).toBeNull();
    });
  },
);
