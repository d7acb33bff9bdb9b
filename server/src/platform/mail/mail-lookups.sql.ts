import type { DatabaseKind } from '../../infra/db/orm.js';

/**
 * The one definition of what Dovecot and Postfix read: views over Casella's
 * tables (a stable interface for the config templates under `deploy/`), the
 * triggers that keep `mailbox_usage` stamped and tidy, and the one that queues
 * a deleted mailbox's directory in `mail_purges`. Every such object is
 * named `mail_*`. Migrations embed the SQL this file produces at the time they
 * are generated (see `lookup-migration.ts`).
 */

/** Tables the lookups read or trigger on: a migration that changes one must rebuild the lookups. */
export const MAIL_LOOKUP_TABLES = [
  'organisations',
  'domains',
  'domain_aliases',
  'mailboxes',
  'aliases',
  'mailbox_usage',
  'mail_purges',
] as const;

/** The few fragments that differ between SQLite and PostgreSQL. */
interface Dialect {
  /** A table expression yielding one `value` row per element of a JSON array of strings. */
  jsonStrings(column: string): string;
  jsonLength(column: string): string;
  joinComma(expression: string): string;
  /** The current time as MikroORM stores datetimes. */
  now: string;
}

const DIALECTS: Record<DatabaseKind, Dialect> = {
  sqlite: {
    jsonStrings: (c) => `json_each(${c}) AS j`,
    jsonLength: (c) => `json_array_length(${c})`,
    joinComma: (e) => `group_concat(${e}, ',')`,
    // SQLite stores MikroORM datetimes as epoch milliseconds.
    now: `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`,
  },
  postgresql: {
    jsonStrings: (c) => `jsonb_array_elements_text(${c}) AS j(value)`,
    jsonLength: (c) => `jsonb_array_length(${c})`,
    joinComma: (e) => `string_agg(${e}, ',')`,
    now: 'now()',
  },
};

const flag = (domain: string, mailbox: string) =>
  `CASE WHEN ${domain} AND ${mailbox} THEN 1 ELSE 0 END`;

/** Views in creation order (later ones read earlier ones). */
const views = (d: Dialect): Array<[name: string, select: string]> => [
  [
    // Real domains that are ACTIVE and whose customer and reseller are not suspended.
    'mail_served_domains',
    `SELECT d.id, d.name, d.organisation_id, d.catch_all, d.allowed_ips,
  d.pop_enabled, d.imap_enabled, d.smtp_enabled, d.webmail_enabled
FROM domains d
WHERE d.state = 'ACTIVE'
  AND NOT EXISTS (
    SELECT 1 FROM organisations o
    WHERE o.status <> 'ACTIVE'
      AND substr(d.tenant_path, 1, length(o.tenant_path)) = o.tenant_path
  )`,
  ],
  [
    // Postfix virtual_mailbox_domains: served domains and their verified domain aliases.
    'mail_domains',
    `SELECT s.name AS domain, s.id AS domain_id, s.name AS real_domain
FROM mail_served_domains s
UNION ALL
SELECT da.name, s.id, s.name
FROM domain_aliases da JOIN mail_served_domains s ON s.id = da.domain_id
WHERE da.state = 'ACTIVE'`,
  ],
  [
    // Dovecot passdb/userdb: ACTIVE mailboxes of served domains; the alias names are no logins.
    // The quota rule carries both limits: storage in MiB and the message count.
    'mail_users',
    `SELECT m.address, m.password_hash AS password,
  '*:storage=' || m.quota_mb || 'M:messages=' || m.max_messages AS quota_rule,
  (SELECT ${d.joinComma('j.value')} FROM ${d.jsonStrings('s.allowed_ips')}) AS allow_nets,
  ${flag('s.imap_enabled', 'm.imap_enabled')} AS imap,
  ${flag('s.pop_enabled', 'm.pop_enabled')} AS pop3,
  ${flag('s.smtp_enabled', 'm.smtp_enabled')} AS smtp,
  ${flag('s.webmail_enabled', 'm.webmail_enabled')} AS webmail,
  m.id AS mailbox_id,
  -- the mail directory is the mailbox's own, never reused: a new mailbox at a
  -- deleted one's address starts empty instead of inheriting the old mail
  s.name || '/' || m.local_part || '.' || m.id AS mail_dir
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE'`,
  ],
  [
    // Postfix virtual_mailbox_maps: the mailboxes that take delivery.
    'mail_mailboxes',
    `SELECT m.address, s.name || '/' || m.local_part || '.' || m.id || '/Maildir/' AS maildir
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE'`,
  ],
  [
    // Postfix virtual_alias_maps, looked up by (local part, domain). Every mailbox
    // answers for itself (a catch-all can never take its mail) unless it forwards
    // without keeping a copy; a mailbox that is not ACTIVE answers only for itself,
    // and mail_recipient_access refuses it.
    'mail_aliases',
    `SELECT m.local_part, s.name AS domain, m.address AS destination
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state <> 'ACTIVE' OR m.keep_copy = TRUE OR ${d.jsonLength('m.forwards')} = 0
UNION ALL
SELECT m.local_part, s.name, j.value
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id, ${d.jsonStrings('m.forwards')}
WHERE m.state = 'ACTIVE'
UNION ALL
SELECT a.local_part, s.name, j.value
FROM aliases a JOIN mail_served_domains s ON s.id = a.domain_id, ${d.jsonStrings('a.destinations')}
UNION ALL
SELECT m.local_part, n.domain, m.address
FROM mail_domains n JOIN mailboxes m ON m.domain_id = n.domain_id
WHERE n.domain <> n.real_domain
UNION ALL
SELECT a.local_part, n.domain, a.address
FROM mail_domains n JOIN aliases a ON a.domain_id = n.domain_id
WHERE n.domain <> n.real_domain`,
  ],
  [
    // Postfix virtual_alias_maps for `@domain`: the domain's catch-all, on its alias names
    // too; none while the customer is on a free trial.
    'mail_catch_alls',
    `SELECT n.domain, s.catch_all AS destination
FROM mail_domains n JOIN mail_served_domains s ON s.id = n.domain_id
WHERE s.catch_all IS NOT NULL AND s.catch_all <> ''
  AND NOT EXISTS (
    SELECT 1 FROM organisations o
    WHERE o.id = s.organisation_id AND o.trial_ends_at IS NOT NULL AND o.trial_ends_at > ${d.now}
  )`,
  ],
  [
    // Dovecot's Sieve (Pigeonhole dict storage): the automatic reply of an ACTIVE
    // mailbox, under one script name; a new ID whenever the script changes.
    'mail_sieve',
    `SELECT m.address, 'casella' AS name, m.sieve_script_id AS script_id, m.sieve_script AS script
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE' AND m.sieve_script IS NOT NULL`,
  ],
  [
    // Postfix check_recipient_access: mail for a mailbox that is not ACTIVE is refused at
    // RCPT time (suspended ones temporarily), never accepted and bounced later.
    'mail_recipient_access',
    `SELECT m.local_part, n.domain,
  CASE m.state
    WHEN 'SUSPENDED' THEN '450 4.2.1 Mailbox temporarily unavailable'
    ELSE '550 5.2.1 Mailbox unavailable'
  END AS action
FROM mail_domains n JOIN mailboxes m ON m.domain_id = n.domain_id
WHERE m.state <> 'ACTIVE'`,
  ],
];

const SQLITE_NOW_MS = DIALECTS.sqlite.now;

const sqliteTriggers: Array<[name: string, sql: string]> = [
  [
    'mail_usage_stamp_insert',
    `CREATE TRIGGER mail_usage_stamp_insert AFTER INSERT ON mailbox_usage
BEGIN
  UPDATE mailbox_usage SET reported_at = ${SQLITE_NOW_MS} WHERE address = NEW.address;
END`,
  ],
  [
    'mail_usage_stamp_update',
    `CREATE TRIGGER mail_usage_stamp_update AFTER UPDATE OF bytes, messages ON mailbox_usage
BEGIN
  UPDATE mailbox_usage SET reported_at = ${SQLITE_NOW_MS} WHERE address = NEW.address;
END`,
  ],
  [
    'mail_usage_cleanup',
    `CREATE TRIGGER mail_usage_cleanup AFTER DELETE ON mailboxes
BEGIN
  DELETE FROM mailbox_usage WHERE address = OLD.address;
END`,
  ],
  [
    'mail_purge_queue',
    // The directory as mail_users names it: the address's domain is the domain's name.
    `CREATE TRIGGER mail_purge_queue AFTER DELETE ON mailboxes
BEGIN
  INSERT INTO mail_purges (mail_dir, address, deleted_at) VALUES (
    substr(OLD.address, instr(OLD.address, '@') + 1) || '/' || OLD.local_part || '.' || OLD.id,
    OLD.address, ${SQLITE_NOW_MS});
END`,
  ],
];

const postgresFunctions: Array<[name: string, sql: string]> = [
  [
    'mail_usage_stamp',
    `CREATE FUNCTION mail_usage_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.reported_at := now();
  RETURN NEW;
END
$$`,
  ],
  [
    'mail_usage_cleanup',
    `CREATE FUNCTION mail_usage_cleanup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM mailbox_usage WHERE address = OLD.address;
  RETURN OLD;
END
$$`,
  ],
  [
    'mail_purge_queue',
    `CREATE FUNCTION mail_purge_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO mail_purges (mail_dir, address, deleted_at) VALUES (
    split_part(OLD.address, '@', 2) || '/' || OLD.local_part || '.' || OLD.id,
    OLD.address, now());
  RETURN OLD;
END
$$`,
  ],
];

const postgresTriggers: string[] = [
  `CREATE TRIGGER mail_usage_stamp BEFORE INSERT OR UPDATE ON mailbox_usage
FOR EACH ROW EXECUTE FUNCTION mail_usage_stamp()`,
  `CREATE TRIGGER mail_usage_cleanup AFTER DELETE ON mailboxes
FOR EACH ROW EXECUTE FUNCTION mail_usage_cleanup()`,
  `CREATE TRIGGER mail_purge_queue AFTER DELETE ON mailboxes
FOR EACH ROW EXECUTE FUNCTION mail_purge_queue()`,
];

/** Statements that create every lookup object, in order. */
export const createMailLookupsSql = (kind: DatabaseKind): string[] => {
  const v = views(DIALECTS[kind]).map(([name, select]) => `CREATE VIEW ${name} AS\n${select}`);
  if (kind === 'sqlite') return [...v, ...sqliteTriggers.map(([, sql]) => sql)];
  return [...v, ...postgresFunctions.map(([, sql]) => sql), ...postgresTriggers];
};

/** What exists of the lookups in a database, by kind of object. */
export interface LookupObjects {
  views: string[];
  triggers: string[];
  /** PostgreSQL only: trigger functions. */
  functions: string[];
}

/** Names of the objects `createMailLookupsSql` creates. */
export const mailLookupNames = (kind: DatabaseKind): LookupObjects => ({
  views: views(DIALECTS[kind]).map(([name]) => name),
  triggers:
    kind === 'sqlite'
      ? sqliteTriggers.map(([name]) => name)
      : ['mail_usage_stamp', 'mail_usage_cleanup', 'mail_purge_queue'],
  functions: kind === 'sqlite' ? [] : postgresFunctions.map(([name]) => name),
});

/**
 * Statements that drop the given objects (views last-created first). On
 * PostgreSQL dropping a trigger function drops its triggers too.
 */
export const dropMailLookupsSql = (kind: DatabaseKind, objects: LookupObjects): string[] => {
  const dropViews = [...objects.views].reverse().map((v) => `DROP VIEW IF EXISTS ${v}`);
  if (kind === 'sqlite')
    return [...objects.triggers.map((t) => `DROP TRIGGER IF EXISTS ${t}`), ...dropViews];
  return [...dropViews, ...objects.functions.map((f) => `DROP FUNCTION IF EXISTS ${f}() CASCADE`)];
};
