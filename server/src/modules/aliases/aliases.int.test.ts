import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { AliasEntity } from './alias.entity.js';

describe.skipIf(skipWithoutDatabase())('aliases', () => {
  let server: TestServer;
  let acme: TestClient;
  let domainId: string;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await signedIn(server.url, 'acme');
    domainId = (
      await acme.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "alias-test.example", postmasterPassword: "postmaster-1" }) { id } }`,
      )
    ).createDomain.id;
    await server.app.jobs.runDue();
    await systemEm(server.app.orm).nativeUpdate(
      DomainEntity,
      { id: domainId },
      { state: 'ACTIVE' },
    );
    await acme.ok(
      `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "sales", password: "sales-pass-1" }) { id } }`,
    );
  });
  afterAll(async () => server?.destroy());

  const create = (localPart: string, destinations: string[]) =>
    acme.gql<{ createAlias: { id: string; address: string; destinations: string[] } }>(
      `mutation($input: CreateAliasInput!) { createAlias(input: $input) { id address destinations } }`,
      { input: { domainId, localPart, destinations } },
    );

  it('delivers an address to local and external destinations', async () => {
    const r = await create('Info', [
      'sales@alias-test.example',
      'Boss@Elsewhere.example',
      'boss@elsewhere.example',
    ]);
    expect(r.data!.createAlias).toMatchObject({
      address: 'info@alias-test.example',
      destinations: ['sales@alias-test.example', 'boss@elsewhere.example'],
    });
  });

  it('never shadows a mailbox (the postmaster included) or another alias', async () => {
    for (const lp of ['sales', 'POSTMASTER', 'info']) {
      const r = await create(lp, ['x@y.example']);
      expect(r.errors![0]!.extensions, lp).toMatchObject({
        code: 'CONFLICT',
        fields: [{ field: 'localPart', code: 'TAKEN' }],
      });
    }
    // And a mailbox cannot take an alias's address either.
    const m = await acme.gql(
      `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "info", password: "info-pass-1" }) { id } }`,
    );
    expect(codeOf(m)).toBe('CONFLICT');
  });

  it('refuses loops, direct or through other aliases, and empty destinations', async () => {
    const self = await create('self', ['self@alias-test.example']);
    expect(self.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'destinations.0',
      code: 'NOT_ALLOWED',
    });
    const a = (await create('loop-a', ['loop-b@alias-test.example'])).data!.createAlias;
    await create('loop-b', ['loop-c@alias-test.example']);
    const c = await create('loop-c', ['loop-a@alias-test.example']);
    expect(c.errors![0]!.extensions!.fields![0]).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'This would make mail go round in a loop',
    });
    const empty = await create('empty', []);
    expect(empty.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'destinations',
      code: 'REQUIRED',
    });
    const upd = await acme.gql(
      `mutation { updateAlias(id: "${a.id}", destinations: ["loop-a@alias-test.example"]) { id } }`,
    );
    expect(codeOf(upd)).toBe('VALIDATION_FAILED');
    expect(
      await systemEm(server.app.orm).count(AliasEntity, {
        localPart: { $in: ['self', 'loop-c', 'empty'] },
      }),
    ).toBe(0);
  });

  it('updates destinations, lists and deletes', async () => {
    const a = (await create('team', ['one@x.example'])).data!.createAlias;
    const u = await acme.ok<{ updateAlias: { destinations: string[] } }>(
      `mutation { updateAlias(id: "${a.id}", destinations: ["two@x.example", "sales@alias-test.example"]) { destinations } }`,
    );
    expect(u.updateAlias.destinations).toEqual(['two@x.example', 'sales@alias-test.example']);
    const list = await acme.ok<{ aliases: { edges: { node: { address: string } }[] } }>(
      `{ aliases(domainId: "${domainId}") { edges { node { address } } } }`,
    );
    expect(list.aliases.edges.map((e) => e.node.address)).toContain('team@alias-test.example');
    expect(
      (await acme.ok<{ deleteAlias: string }>(`mutation { deleteAlias(id: "${a.id}") }`))
        .deleteAlias,
    ).toBe(a.id);
  });
});
