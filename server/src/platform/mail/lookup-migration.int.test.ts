import { describe, expect, it } from 'vitest';
import { migrate, openOrm, systemEm, type Orm } from '../../infra/db/orm.js';
import { createScratchDatabase } from '../../infra/db/scratch-database.js';
import { createLogger } from '../../infra/logger/logger.js';
import { bootstrapDatabase } from '../../modules/demo/demo-data.js';
import { skipWithoutDatabase, testDbKind } from '../../test/test-server.js';
import {
  applyMailLookups,
  readMailLookups,
  sameLookups,
  touchesLookupTables,
  wrapWithLookups,
} from './lookup-migration.js';
import { mailLookupNames } from './mail-lookups.sql.js';

type Row = Record<string, unknown>;

/** A migrated scratch database with the demo data, for the length of `fn`. */
const withDatabase = async (fn: (orm: Orm) => Promise<void>): Promise<void> => {
  const scratch = await createScratchDatabase(testDbKind());
  const orm = await openOrm(scratch.target);
  try {
    await migrate(orm);
    await bootstrapDatabase(systemEm(orm), { demoData: true }, createLogger('silent'));
    await fn(orm);
  } finally {
    await orm.close(true);
    await scratch.drop();
  }
};

const run = async (orm: Orm, statements: readonly string[]): Promise<void> => {
  for (const sql of statements) await orm.em.getConnection().execute(sql);
};

/** What a later, generated migration could do to `mailboxes`, the way MikroORM writes it. */
const laterMigration = async (orm: Orm): Promise<string[]> => {
  if (testDbKind() === 'postgresql')
    return [`alter table "mailboxes" alter column "local_part" type varchar(100);`];
  // SQLite: most column changes rebuild the table (create, copy, drop, rename).
  const rows = (await orm.em
    .getConnection()
    .execute(`select sql from sqlite_master where type = 'table' and name = 'mailboxes'`)) as Row[];
  const sql = rows[0]!.sql;
  return [
    'pragma foreign_keys = off;',
    String(sql).replace('`mailboxes`', '`mailboxes__temp_alter`') + ';',
    'insert into `mailboxes__temp_alter` select * from `mailboxes`;',
    'drop table `mailboxes`;',
    'alter table `mailboxes__temp_alter` rename to `mailboxes`;',
    'pragma foreign_keys = on;',
  ];
};

const activeLogins = async (orm: Orm): Promise<string[]> =>
  (
    (await orm.em
      .getConnection()
      .execute(`select address from mail_users order by address`)) as Row[]
  ).map((r) => String(r.address));

describe.skipIf(skipWithoutDatabase())('the mail lookups across migrations', () => {
  it('the committed migrations create exactly the lookups defined in code', async () => {
    await withDatabase(async (orm) => {
      const kind = testDbKind();
      const committed = await readMailLookups(orm, kind);
      const names = mailLookupNames(kind);
      expect(committed.objects.map((o) => o.name).sort()).toEqual(
        [...names.views, ...names.triggers, ...names.functions].sort(),
      );
      await applyMailLookups(orm, kind);
      expect(
        sameLookups(committed, await readMailLookups(orm, kind)),
        'the lookups in code changed without a migration: run `pnpm --filter @casella/server migration:create`',
      ).toBe(true);
    });
  });

  it('a later migration of a table they read fails unwrapped, and works wrapped by migration:create', async () => {
    const kind = testDbKind();
    await withDatabase(async (orm) => {
      const statements = await laterMigration(orm);
      expect(touchesLookupTables(statements)).toBe(true);
      await expect(run(orm, statements)).rejects.toThrow(/mail_|view/);
    });
    await withDatabase(async (orm) => {
      const before = await readMailLookups(orm, kind);
      const logins = await activeLogins(orm);
      expect(logins).toContain('mario.rossi@acme-demo.it');
      await run(orm, wrapWithLookups(kind, { up: await laterMigration(orm), down: [] }, before).up);
      expect(sameLookups(before, await readMailLookups(orm, kind))).toBe(true);
      expect(await activeLogins(orm)).toEqual(logins);
    });
  });

  it('a migration of unrelated tables is left as generated', () => {
    expect(touchesLookupTables(['alter table `users` add column `x` integer null;'])).toBe(false);
    expect(touchesLookupTables(['alter table "api_tokens" add column "x" int null;'])).toBe(false);
  });
});
