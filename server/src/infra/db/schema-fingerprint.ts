import type { Orm } from './orm.js';

type Row = Record<string, unknown>;

/**
 * A comparable description of a SQLite schema: tables, columns, indexes and
 * foreign keys. MikroORM's SQLite differ reports table rebuilds even when
 * nothing changed, so drift on SQLite is judged by comparing fingerprints.
 */
export const sqliteSchemaFingerprint = async (orm: Orm): Promise<Record<string, unknown>> => {
  const conn = orm.em.getConnection();
  const tables = (await conn.execute<Row[]>(
    `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != 'mikro_orm_migrations' order by name`,
  )) as Row[];
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const t = String(name);
    const columns = ((await conn.execute(`pragma table_info(\`${t}\`)`)) as Row[])
      .map((c) => ({
        name: c.name,
        type: String(c.type).toLowerCase(),
        notnull: c.notnull,
        pk: c.pk,
      }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)));
    const indexes = [];
    for (const idx of (await conn.execute(`pragma index_list(\`${t}\`)`)) as Row[]) {
      if (String(idx.origin) === 'pk') continue;
      const cols = (
        (await conn.execute(`pragma index_info(\`${String(idx.name)}\`)`)) as Row[]
      ).map((c) => c.name);
      indexes.push(`${idx.unique ? 'unique ' : ''}(${cols.join(',')})`);
    }
    const fks = ((await conn.execute(`pragma foreign_key_list(\`${t}\`)`)) as Row[])
      .map((f) => `${String(f.from)}->${String(f.table)}.${String(f.to)} ${String(f.on_delete)}`)
      .sort();
    out[t] = { columns, indexes: indexes.sort(), fks };
  }
  return out;
};
