import fs from 'node:fs';
import path from 'node:path';
import type { Options } from '@mikro-orm/core';
import { MikroORM as BetterSqliteOrm } from '@mikro-orm/better-sqlite';
import { MikroORM as PostgresOrm } from '@mikro-orm/postgresql';
import type { EntityManager, MikroORM } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import type { Config } from '../config/config.js';
import type { Logger } from '../logger/logger.js';
import { sqliteMigrations } from '../../migrations/sqlite/index.js';
import { postgresqlMigrations } from '../../migrations/postgresql/index.js';
import { ENTITIES } from './entities.js';
import { TENANT_FILTER } from './tenant-filter.js';
import type { DatabaseKind, DatabaseTarget } from './database-target.js';

export type Orm = MikroORM;
export type { EntityManager };

export type { DatabaseKind, DatabaseTarget };

export const databaseTarget = (config: Config): DatabaseTarget =>
  config.DATABASE_URL
    ? { kind: 'postgresql', location: config.DATABASE_URL }
    : { kind: 'sqlite', location: config.sqlitePath };

export const MIGRATIONS: Record<DatabaseKind, MigrationObject[]> = {
  sqlite: sqliteMigrations,
  postgresql: postgresqlMigrations,
};

const baseOptions = (target: DatabaseTarget, logger?: Logger): Options => ({
  entities: ENTITIES,
  forceUtcTimezone: true,
  // Every scoped entity carries its own tenant path; filtering through joined
  // relations would hide a postmaster's domain behind its (out of scope) customer.
  autoJoinRefsForFilters: false,
  allowGlobalContext: false,
  extensions: [Migrator],
  migrations: {
    migrationsList: MIGRATIONS[target.kind],
    snapshot: false,
    transactional: true,
    allOrNothing: true,
    emit: 'ts',
  },
  debug: false,
  logger: (message) => logger?.debug({ orm: message }),
});

/** Opens the database; SQLite runs in WAL mode with a busy timeout so readers never block the writer. */
export const openOrm = async (target: DatabaseTarget, logger?: Logger): Promise<Orm> => {
  if (target.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(target.location), { recursive: true });
    const orm = await BetterSqliteOrm.init({
      ...baseOptions(target, logger),
      dbName: target.location,
    });
    const conn = orm.em.getConnection();
    await conn.execute('pragma journal_mode = WAL');
    await conn.execute('pragma busy_timeout = 5000');
    await conn.execute('pragma synchronous = NORMAL');
    return orm as unknown as Orm;
  }
  const orm = await PostgresOrm.init({
    ...baseOptions(target, logger),
    clientUrl: target.location,
    pool: { min: 0, max: 10 },
  });
  return orm as unknown as Orm;
};

/** Applies the committed migrations that have not run yet; returns their names. */
export const migrate = async (orm: Orm): Promise<string[]> => {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
};

/**
 * An EntityManager for work that belongs to no caller (jobs, the outbox, start-up):
 * it sees every tenant, and says so where it is created.
 */
export const systemEm = (orm: Orm): EntityManager => {
  const em = orm.em.fork({ clear: true }) as EntityManager;
  em.setFilterParams(TENANT_FILTER, { paths: ['/'] });
  return em;
};

/** An EntityManager that sees only the given tenant subtrees. */
export const scopedEm = (orm: Orm, paths: readonly string[]): EntityManager => {
  const em = orm.em.fork({ clear: true }) as EntityManager;
  em.setFilterParams(TENANT_FILTER, { paths });
  return em;
};
