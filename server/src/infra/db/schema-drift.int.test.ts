import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config/config.js';
import { buildAppSchema, printAppSchema } from '../graphql/schema.js';
import { createAppPubSub } from '../pubsub/pubsub.js';
import { skipWithoutDatabase, testDbKind } from '../../test/test-server.js';
import { createScratchDatabase } from './scratch-database.js';
import { migrate, openOrm } from './orm.js';
import { sqliteSchemaFingerprint } from './schema-fingerprint.js';

describe.skipIf(skipWithoutDatabase())('committed artefacts match the code', () => {
  it('the committed migrations build exactly the schema the entities describe', async () => {
    const scratch = await createScratchDatabase(testDbKind());
    const orm = await openOrm(scratch.target);
    try {
      expect((await migrate(orm)).length).toBeGreaterThan(0);
      const hint =
        'entities changed without a migration: run `pnpm --filter @casella/server migration:create`';
      if (testDbKind() === 'postgresql') {
        const pending = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
        expect(pending.trim(), hint).toBe('');
      } else {
        // Compare with a database built straight from the entities.
        const fromEntities = await createScratchDatabase('sqlite');
        const reference = await openOrm(fromEntities.target);
        try {
          await reference.getSchemaGenerator().createSchema();
          expect(await sqliteSchemaFingerprint(orm), hint).toEqual(
            await sqliteSchemaFingerprint(reference),
          );
        } finally {
          await reference.close(true);
          await fromEntities.drop();
        }
      }
    } finally {
      await orm.close(true);
      await scratch.drop();
    }
  });

  it('schema.graphql is the SDL the server serves', async () => {
    const schema = await buildAppSchema(null, createAppPubSub());
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8');
    expect(committed, 'schema.graphql is stale: run `pnpm schema`').toBe(printAppSchema(schema));
  });
});
