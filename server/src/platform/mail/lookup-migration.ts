import type { DatabaseKind, Orm } from '../../infra/db/orm.js';
import {
  createMailLookupsSql,
  dropMailLookupsSql,
  mailLookupNames,
  MAIL_LOOKUP_TABLES,
  type LookupObjects,
} from './mail-lookups.sql.js';

/**
 * Keeps the mail lookups alive across migrations. SQLite rebuilds a table
 * (create, copy, drop, rename) for most column changes and refuses the rename
 * while a view names the table; PostgreSQL refuses to change a column a view
 * reads. So a migration that touches a table the lookups depend on drops them
 * first and creates them again last, and a change to their definition is a
 * migration of its own. The SQL is frozen into each migration when generated.
 */

interface LookupObject {
  type: 'view' | 'trigger' | 'function';
  name: string;
  /** The statement that creates it as it is now. */
  sql: string;
}

/** The lookup objects (`mail_*`) a database holds, in creation order. */
export interface LookupSnapshot {
  objects: LookupObject[];
}

type Row = Record<string, unknown>;

export const readMailLookups = async (orm: Orm, kind: DatabaseKind): Promise<LookupSnapshot> => {
  const conn = orm.em.getConnection();
  if (kind === 'sqlite') {
    const rows = (await conn.execute<Row[]>(
      `select type, name, sql from sqlite_master
       where type in ('view', 'trigger') and name like 'mail\\_%' escape '\\' order by rowid`,
    )) as Row[];
    return {
      objects: rows.map((r) => ({
        type: String(r.type) as 'view' | 'trigger',
        name: String(r.name),
        sql: String(r.sql),
      })),
    };
  }
  const rows = (await conn.execute<Row[]>(
    `select * from (
       select 'view' as type, c.relname as name, c.oid::bigint as ord,
              'CREATE VIEW ' || c.relname || ' AS' || chr(10) || rtrim(pg_get_viewdef(c.oid), ';') as sql
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'v' and n.nspname = current_schema() and c.relname like 'mail\\_%'
       union all
       select 'function', p.proname, p.oid::bigint, pg_get_functiondef(p.oid)
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = current_schema() and p.proname like 'mail\\_%'
       union all
       select 'trigger', t.tgname, t.oid::bigint, pg_get_triggerdef(t.oid)
         from pg_trigger t join pg_class c on c.oid = t.tgrelid
         join pg_namespace n on n.oid = c.relnamespace
        where not t.tgisinternal and n.nspname = current_schema() and t.tgname like 'mail\\_%'
     ) o order by case type when 'view' then 0 when 'function' then 1 else 2 end, ord`,
  )) as Row[];
  return {
    objects: rows.map((r) => ({
      type: String(r.type) as LookupObject['type'],
      name: String(r.name),
      sql: String(r.sql),
    })),
  };
};

const namesOf = (snapshot: LookupSnapshot): LookupObjects => {
  const of = (type: LookupObject['type']) =>
    snapshot.objects.filter((o) => o.type === type).map((o) => o.name);
  return { views: of('view'), triggers: of('trigger'), functions: of('function') };
};

/** Statements that replace whatever lookups a database has with the ones defined in code. */
export const replaceLookupsSql = (kind: DatabaseKind, current: LookupSnapshot): string[] => [
  ...dropMailLookupsSql(kind, namesOf(current)),
  ...createMailLookupsSql(kind),
];

/** Brings a database's lookups to the definition in code. */
export const applyMailLookups = async (orm: Orm, kind: DatabaseKind): Promise<void> => {
  const conn = orm.em.getConnection();
  for (const sql of replaceLookupsSql(kind, await readMailLookups(orm, kind))) {
    await conn.execute(sql);
  }
};

/**
 * On a scratch database holding the committed migrations (its lookups read as
 * `before`): applies a new migration's statements the wrapped way, and tells
 * whether the lookups defined in code differ from the committed ones.
 */
export const rehearseLookups = async (
  orm: Orm,
  kind: DatabaseKind,
  before: LookupSnapshot,
  migrationUp: readonly string[],
): Promise<{ changed: boolean }> => {
  const conn = orm.em.getConnection();
  for (const sql of dropMailLookupsSql(kind, namesOf(before))) await conn.execute(sql);
  for (const sql of migrationUp) if (sql.trim() !== '') await conn.execute(sql);
  for (const sql of createMailLookupsSql(kind)) await conn.execute(sql);
  return { changed: !sameLookups(before, await readMailLookups(orm, kind)) };
};

/** True when two snapshots hold the same objects with the same definitions. */
export const sameLookups = (a: LookupSnapshot, b: LookupSnapshot): boolean =>
  JSON.stringify(a.objects) === JSON.stringify(b.objects);

/** True when a statement names (quoted, as MikroORM writes them) a table the lookups depend on. */
export const touchesLookupTables = (statements: readonly string[]): boolean =>
  statements.some((sql) =>
    MAIL_LOOKUP_TABLES.some((t) => sql.includes(`\`${t}\``) || sql.includes(`"${t}"`)),
  );

export interface MigrationDiff {
  up: string[];
  down: string[];
}

/**
 * A generated migration with the lookups dropped before its own statements and
 * created after them: in `up` the code's definition, in `down` the one the
 * database had (`before`). MikroORM's blank placeholder (`select 1`) is left out.
 */
export const wrapWithLookups = (
  kind: DatabaseKind,
  diff: MigrationDiff,
  before: LookupSnapshot,
): MigrationDiff => {
  const own = (list: string[]) => list.filter((s) => s.trim() !== 'select 1');
  return {
    up: [
      ...dropMailLookupsSql(kind, namesOf(before)),
      ...own(diff.up),
      ...createMailLookupsSql(kind),
    ],
    down: [
      ...dropMailLookupsSql(kind, mailLookupNames(kind)),
      ...own(diff.down),
      ...before.objects.map((o) => o.sql),
    ],
  };
};
