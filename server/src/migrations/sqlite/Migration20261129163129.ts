import { Migration } from '@mikro-orm/migrations';

export class Migration20261129163129 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS mail_usage_stamp_insert`);
    this.addSql(`DROP TRIGGER IF EXISTS mail_usage_stamp_update`);
    this.addSql(`DROP TRIGGER IF EXISTS mail_usage_cleanup`);
    this.addSql(`DROP VIEW IF EXISTS mail_recipient_access`);
    this.addSql(`DROP VIEW IF EXISTS mail_sieve`);
    this.addSql(`DROP VIEW IF EXISTS mail_catch_alls`);
    this.addSql(`DROP VIEW IF EXISTS mail_aliases`);
    this.addSql(`DROP VIEW IF EXISTS mail_mailboxes`);
    this.addSql(`DROP VIEW IF EXISTS mail_users`);
    this.addSql(`DROP VIEW IF EXISTS mail_domains`);
    this.addSql(`DROP VIEW IF EXISTS mail_served_domains`);
    this.addSql(`create table \`mail_purges\` (\`id\` integer not null primary key autoincrement, \`mail_dir\` text not null, \`address\` text not null, \`deleted_at\` datetime not null, \`purged_at\` datetime null, \`last_error\` text null);`);
    this.addSql(`create index \`mail_purges_deleted_at_index\` on \`mail_purges\` (\`deleted_at\`);`);
    this.addSql(`create index \`mail_purges_purged_at_index\` on \`mail_purges\` (\`purged_at\`);`);

    this.addSql(`alter table \`notification_settings\` add column \`mx_email_enabled\` integer not null default true;`);

    this.addSql(`alter table \`domains\` add column \`mx_status\` text not null default 'UNKNOWN';`);
    this.addSql(`alter table \`domains\` add column \`mx_checked_at\` datetime null;`);
    this.addSql(`alter table \`domains\` add column \`mx_result\` json null;`);
    this.addSql(`alter table \`domains\` add column \`mx_problem_reported\` integer not null default false;`);
    this.addSql(`create index \`domains_mx_status_index\` on \`domains\` (\`mx_status\`);`);
    this.addSql(`create index \`domains_mx_checked_at_index\` on \`domains\` (\`mx_checked_at\`);`);

    this.addSql(`alter table \`domain_aliases\` add column \`mx_status\` text not null default 'UNKNOWN';`);
    this.addSql(`alter table \`domain_aliases\` add column \`mx_checked_at\` datetime null;`);
    this.addSql(`alter table \`domain_aliases\` add column \`mx_result\` json null;`);
    this.addSql(`alter table \`domain_aliases\` add column \`mx_problem_reported\` integer not null default false;`);
    this.addSql(`create index \`domain_aliases_mx_status_index\` on \`domain_aliases\` (\`mx_status\`);`);
    this.addSql(`create index \`domain_aliases_mx_checked_at_index\` on \`domain_aliases\` (\`mx_checked_at\`);`);
    this.addSql(`CREATE VIEW mail_served_domains AS
SELECT d.id, d.name, d.organisation_id, d.catch_all, d.allowed_ips,
  d.pop_enabled, d.imap_enabled, d.smtp_enabled, d.webmail_enabled
FROM domains d
WHERE d.state = 'ACTIVE'
  AND NOT EXISTS (
    SELECT 1 FROM organisations o
    WHERE o.status <> 'ACTIVE'
      AND substr(d.tenant_path, 1, length(o.tenant_path)) = o.tenant_path
  )`);
    this.addSql(`CREATE VIEW mail_domains AS
SELECT s.name AS domain, s.id AS domain_id, s.name AS real_domain
FROM mail_served_domains s
UNION ALL
SELECT da.name, s.id, s.name
FROM domain_aliases da JOIN mail_served_domains s ON s.id = da.domain_id
WHERE da.state = 'ACTIVE'`);
    this.addSql(`CREATE VIEW mail_users AS
SELECT m.address, m.password_hash AS password,
  '*:storage=' || m.quota_mb || 'M:messages=' || m.max_messages AS quota_rule,
  (SELECT group_concat(j.value, ',') FROM json_each(s.allowed_ips) AS j) AS allow_nets,
  CASE WHEN s.imap_enabled AND m.imap_enabled THEN 1 ELSE 0 END AS imap,
  CASE WHEN s.pop_enabled AND m.pop_enabled THEN 1 ELSE 0 END AS pop3,
  CASE WHEN s.smtp_enabled AND m.smtp_enabled THEN 1 ELSE 0 END AS smtp,
  CASE WHEN s.webmail_enabled AND m.webmail_enabled THEN 1 ELSE 0 END AS webmail,
  m.id AS mailbox_id,
  -- the mail directory is the mailbox's own, never reused: a new mailbox at a
  -- deleted one's address starts empty instead of inheriting the old mail
  s.name || '/' || m.local_part || '.' || m.id AS mail_dir
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE'`);
    this.addSql(`CREATE VIEW mail_mailboxes AS
SELECT m.address, s.name || '/' || m.local_part || '.' || m.id || '/Maildir/' AS maildir
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE'`);
    this.addSql(`CREATE VIEW mail_aliases AS
SELECT m.local_part, s.name AS domain, m.address AS destination
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state <> 'ACTIVE' OR m.keep_copy = TRUE OR json_array_length(m.forwards) = 0
UNION ALL
SELECT m.local_part, s.name, j.value
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id, json_each(m.forwards) AS j
WHERE m.state = 'ACTIVE'
UNION ALL
SELECT a.local_part, s.name, j.value
FROM aliases a JOIN mail_served_domains s ON s.id = a.domain_id, json_each(a.destinations) AS j
UNION ALL
SELECT m.local_part, n.domain, m.address
FROM mail_domains n JOIN mailboxes m ON m.domain_id = n.domain_id
WHERE n.domain <> n.real_domain
UNION ALL
SELECT a.local_part, n.domain, a.address
FROM mail_domains n JOIN aliases a ON a.domain_id = n.domain_id
WHERE n.domain <> n.real_domain`);
    this.addSql(`CREATE VIEW mail_catch_alls AS
SELECT n.domain, s.catch_all AS destination
FROM mail_domains n JOIN mail_served_domains s ON s.id = n.domain_id
WHERE s.catch_all IS NOT NULL AND s.catch_all <> ''
  AND NOT EXISTS (
    SELECT 1 FROM organisations o
    WHERE o.id = s.organisation_id AND o.trial_ends_at IS NOT NULL AND o.trial_ends_at > CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
  )`);
    this.addSql(`CREATE VIEW mail_sieve AS
SELECT m.address, 'casella' AS name, m.sieve_script_id AS script_id, m.sieve_script AS script
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE' AND m.sieve_script IS NOT NULL`);
    this.addSql(`CREATE VIEW mail_recipient_access AS
SELECT m.local_part, n.domain,
  CASE m.state
    WHEN 'SUSPENDED' THEN '450 4.2.1 Mailbox temporarily unavailable'
    ELSE '550 5.2.1 Mailbox unavailable'
  END AS action
FROM mail_domains n JOIN mailboxes m ON m.domain_id = n.domain_id
WHERE m.state <> 'ACTIVE'`);
    this.addSql(`CREATE TRIGGER mail_usage_stamp_insert AFTER INSERT ON mailbox_usage
BEGIN
  UPDATE mailbox_usage SET reported_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE address = NEW.address;
END`);
    this.addSql(`CREATE TRIGGER mail_usage_stamp_update AFTER UPDATE OF bytes, messages ON mailbox_usage
BEGIN
  UPDATE mailbox_usage SET reported_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE address = NEW.address;
END`);
    this.addSql(`CREATE TRIGGER mail_usage_cleanup AFTER DELETE ON mailboxes
BEGIN
  DELETE FROM mailbox_usage WHERE address = OLD.address;
END`);
    this.addSql(`CREATE TRIGGER mail_purge_queue AFTER DELETE ON mailboxes
BEGIN
  INSERT INTO mail_purges (mail_dir, address, deleted_at) VALUES (
    substr(OLD.address, instr(OLD.address, '@') + 1) || '/' || OLD.local_part || '.' || OLD.id,
    OLD.address, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS mail_usage_stamp_insert`);
    this.addSql(`DROP TRIGGER IF EXISTS mail_usage_stamp_update`);
    this.addSql(`DROP TRIGGER IF EXISTS mail_usage_cleanup`);
    this.addSql(`DROP TRIGGER IF EXISTS mail_purge_queue`);
    this.addSql(`DROP VIEW IF EXISTS mail_recipient_access`);
    this.addSql(`DROP VIEW IF EXISTS mail_sieve`);
    this.addSql(`DROP VIEW IF EXISTS mail_catch_alls`);
    this.addSql(`DROP VIEW IF EXISTS mail_aliases`);
    this.addSql(`DROP VIEW IF EXISTS mail_mailboxes`);
    this.addSql(`DROP VIEW IF EXISTS mail_users`);
    this.addSql(`DROP VIEW IF EXISTS mail_domains`);
    this.addSql(`DROP VIEW IF EXISTS mail_served_domains`);
    this.addSql(`CREATE VIEW mail_served_domains AS
SELECT d.id, d.name, d.organisation_id, d.catch_all, d.allowed_ips,
  d.pop_enabled, d.imap_enabled, d.smtp_enabled, d.webmail_enabled
FROM domains d
WHERE d.state = 'ACTIVE'
  AND NOT EXISTS (
    SELECT 1 FROM organisations o
    WHERE o.status <> 'ACTIVE'
      AND substr(d.tenant_path, 1, length(o.tenant_path)) = o.tenant_path
  )`);
    this.addSql(`CREATE VIEW mail_domains AS
SELECT s.name AS domain, s.id AS domain_id, s.name AS real_domain
FROM mail_served_domains s
UNION ALL
SELECT da.name, s.id, s.name
FROM domain_aliases da JOIN mail_served_domains s ON s.id = da.domain_id
WHERE da.state = 'ACTIVE'`);
    this.addSql(`CREATE VIEW mail_users AS
SELECT m.address, m.password_hash AS password,
  '*:storage=' || m.quota_mb || 'M:messages=' || m.max_messages AS quota_rule,
  (SELECT group_concat(j.value, ',') FROM json_each(s.allowed_ips) AS j) AS allow_nets,
  CASE WHEN s.imap_enabled AND m.imap_enabled THEN 1 ELSE 0 END AS imap,
  CASE WHEN s.pop_enabled AND m.pop_enabled THEN 1 ELSE 0 END AS pop3,
  CASE WHEN s.smtp_enabled AND m.smtp_enabled THEN 1 ELSE 0 END AS smtp,
  CASE WHEN s.webmail_enabled AND m.webmail_enabled THEN 1 ELSE 0 END AS webmail,
  m.id AS mailbox_id,
  -- the mail directory is the mailbox's own, never reused: a new mailbox at a
  -- deleted one's address starts empty instead of inheriting the old mail
  s.name || '/' || m.local_part || '.' || m.id AS mail_dir
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE'`);
    this.addSql(`CREATE VIEW mail_mailboxes AS
SELECT m.address, s.name || '/' || m.local_part || '.' || m.id || '/Maildir/' AS maildir
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE'`);
    this.addSql(`CREATE VIEW mail_aliases AS
SELECT m.local_part, s.name AS domain, m.address AS destination
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state <> 'ACTIVE' OR m.keep_copy = TRUE OR json_array_length(m.forwards) = 0
UNION ALL
SELECT m.local_part, s.name, j.value
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id, json_each(m.forwards) AS j
WHERE m.state = 'ACTIVE'
UNION ALL
SELECT a.local_part, s.name, j.value
FROM aliases a JOIN mail_served_domains s ON s.id = a.domain_id, json_each(a.destinations) AS j
UNION ALL
SELECT m.local_part, n.domain, m.address
FROM mail_domains n JOIN mailboxes m ON m.domain_id = n.domain_id
WHERE n.domain <> n.real_domain
UNION ALL
SELECT a.local_part, n.domain, a.address
FROM mail_domains n JOIN aliases a ON a.domain_id = n.domain_id
WHERE n.domain <> n.real_domain`);
    this.addSql(`CREATE VIEW mail_catch_alls AS
SELECT n.domain, s.catch_all AS destination
FROM mail_domains n JOIN mail_served_domains s ON s.id = n.domain_id
WHERE s.catch_all IS NOT NULL AND s.catch_all <> ''
  AND NOT EXISTS (
    SELECT 1 FROM organisations o
    WHERE o.id = s.organisation_id AND o.trial_ends_at IS NOT NULL AND o.trial_ends_at > CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
  )`);
    this.addSql(`CREATE VIEW mail_sieve AS
SELECT m.address, 'casella' AS name, m.sieve_script_id AS script_id, m.sieve_script AS script
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id
WHERE m.state = 'ACTIVE' AND m.sieve_script IS NOT NULL`);
    this.addSql(`CREATE VIEW mail_recipient_access AS
SELECT m.local_part, n.domain,
  CASE m.state
    WHEN 'SUSPENDED' THEN '450 4.2.1 Mailbox temporarily unavailable'
    ELSE '550 5.2.1 Mailbox unavailable'
  END AS action
FROM mail_domains n JOIN mailboxes m ON m.domain_id = n.domain_id
WHERE m.state <> 'ACTIVE'`);
    this.addSql(`CREATE TRIGGER mail_usage_stamp_insert AFTER INSERT ON mailbox_usage
BEGIN
  UPDATE mailbox_usage SET reported_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE address = NEW.address;
END`);
    this.addSql(`CREATE TRIGGER mail_usage_stamp_update AFTER UPDATE OF bytes, messages ON mailbox_usage
BEGIN
  UPDATE mailbox_usage SET reported_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE address = NEW.address;
END`);
    this.addSql(`CREATE TRIGGER mail_usage_cleanup AFTER DELETE ON mailboxes
BEGIN
  DELETE FROM mailbox_usage WHERE address = OLD.address;
END`);
  }

}
