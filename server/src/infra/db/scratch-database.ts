import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MikroORM as PostgresOrm } from '@mikro-orm/postgresql';
import type { DatabaseKind, DatabaseTarget } from './orm.js';

/**
 * A throw-away database: a temporary SQLite file, or a new PostgreSQL database on
 * the server of `adminUrl`. Used by tests and by the migration generator.
 */
export interface ScratchDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export const createScratchDatabase = async (
  kind: DatabaseKind,
  adminUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
): Promise<ScratchDatabase> => {
  const suffix = randomBytes(6).toString('hex');
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-db-'));
    return {
      target: { kind, location: path.join(dir, 'casella.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `casella_t_${suffix}`;
  const admin = await PostgresOrm.init({
    clientUrl: adminUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  try {
    await admin.em.getConnection().execute(`create database "${name}"`);
  } finally {
    await admin.close(true);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind, location: url.toString() },
    drop: async () => {
      const again = await PostgresOrm.init({
        clientUrl: adminUrl,
        entities: [],
        discovery: { warnWhenNoEntities: false },
      });
      try {
        await again.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.close(true);
      }
    },
  };
};
