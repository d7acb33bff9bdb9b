import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../test-server.js';
import { MUTATION_CASES, QUERY_CASES, SUBSCRIPTION_CASES } from './cases.js';
import { buildWorld, type World } from './world.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from '../../modules/domains/domain.entity.js';

interface IntrospectionRoot {
  __schema: {
    queryType: { name: string };
    mutationType: { name: string } | null;
    subscriptionType: { name: string } | null;
    types: { name: string; fields: { name: string }[] | null }[];
  };
}

/**
 * For every root operation of the live schema, a caller from another reseller
 * or customer gets "not found" (or sees nothing) and changes nothing. A new
 * operation without a case fails the first test.
 */
describe.skipIf(skipWithoutDatabase())('tenant isolation matrix', () => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer();
    world = await buildWorld(
      server.url,
      () => server.app.jobs.runDue(),
      // Verification has its own tests; here the domain just has to be usable.
      (id) =>
        systemEm(server.app.orm).nativeUpdate(
          DomainEntity,
          { id },
          { state: 'ACTIVE', verifiedAt: new Date(), verifiedBy: 'DNS' },
        ),
    );
  });
  afterAll(async () => server?.destroy());

  it('has a case for every query, mutation and subscription in the schema', async () => {
    const r = await world.platform.ok<IntrospectionRoot>(getIntrospectionQuery());
    const fieldsOf = (name: string | undefined) =>
      (r.__schema.types.find((t) => t.name === name)?.fields ?? []).map((f) => f.name).sort();
    expect(Object.keys(QUERY_CASES).sort()).toEqual(fieldsOf(r.__schema.queryType.name));
    expect(Object.keys(MUTATION_CASES).sort()).toEqual(fieldsOf(r.__schema.mutationType?.name));
    expect(Object.keys(SUBSCRIPTION_CASES).sort()).toEqual(
      fieldsOf(r.__schema.subscriptionType?.name),
    );
  });

  describe('queries', () => {
    for (const [name, run] of Object.entries(QUERY_CASES)) it(name, () => run(world));
  });
  describe('mutations', () => {
    for (const [name, run] of Object.entries(MUTATION_CASES)) it(name, () => run(world));
  });
  describe('subscriptions', () => {
    for (const [name, run] of Object.entries(SUBSCRIPTION_CASES)) it(name, () => run(world));
  });
});
