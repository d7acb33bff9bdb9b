import { Migration } from '@mikro-orm/migrations';

export class Migration20261129163129 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`DROP VIEW IF EXISTS mail_recipient_access`);
    this.addSql(`DROP VIEW IF EXISTS mail_sieve`);
    this.addSql(`DROP VIEW IF EXISTS mail_catch_alls`);
    this.addSql(`DROP VIEW IF EXISTS mail_aliases`);
    this.addSql(`DROP VIEW IF EXISTS mail_mailboxes`);
    this.addSql(`DROP VIEW IF EXISTS mail_users`);
    this.addSql(`DROP VIEW IF EXISTS mail_domains`);
    this.addSql(`DROP VIEW IF EXISTS mail_served_domains`);
    this.addSql(`DROP FUNCTION IF EXISTS mail_usage_stamp() CASCADE`);
    this.addSql(`DROP FUNCTION IF EXISTS mail_usage_cleanup() CASCADE`);
    this.addSql(`create table "mail_purges" ("id" serial primary key, "mail_dir" varchar(400) not null, "address" varchar(320) not null, "deleted_at" timestamptz not null, "purged_at" timestamptz null, "last_error" varchar(500) null);`);
    this.addSql(`create index "mail_purges_deleted_at_index" on "mail_purges" ("deleted_at");`);
    this.addSql(`create index "mail_purges_purged_at_index" on "mail_purges" ("purged_at");`);

    this.addSql(`alter table "notification_settings" add column "mx_email_enabled" boolean not null default true;`);

    this.addSql(`alter table "domains" add column "mx_status" varchar(16) not null default 'UNKNOWN', add column "mx_checked_at" timestamptz null, add column "mx_result" jsonb null, add column "mx_problem_reported" boolean not null default false;`);
    this.addSql(`create index "domains_mx_status_index" on "domains" ("mx_status");`);
    this.addSql(`create index "domains_mx_checked_at_index" on "domains" ("mx_checked_at");`);

    this.addSql(`alter table "domain_aliases" add column "mx_status" varchar(16) not null default 'UNKNOWN', add column "mx_checked_at" timestamptz null, add column "mx_result" jsonb null, add column "mx_problem_reported" boolean not null default false;`);
    this.addSql(`create index "domain_aliases_mx_status_index" on "domain_aliases" ("mx_status");`);
    this.addSql(`create index "domain_aliases_mx_checked_at_index" on "domain_aliases" ("mx_checked_at");`);
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
  (SELECT string_agg(j.value, ',') FROM jsonb_array_elements_text(s.allowed_ips) AS j(value)) AS allow_nets,
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
WHERE m.state <> 'ACTIVE' OR m.keep_copy = TRUE OR jsonb_array_length(m.forwards) = 0
UNION ALL
SELECT m.local_part, s.name, j.value
FROM mailboxes m JOIN mail_served_domains s ON s.id = m.domain_id, jsonb_array_elements_text(m.forwards) AS j(value)
WHERE m.state = 'ACTIVE'
UNION ALL
SELECT a.local_part, s.name, j.value
FROM aliases a JOIN mail_served_domains s ON s.id = a.domain_id, jsonb_array_elements_text(a.destinations) AS j(value)
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
    WHERE o.id = s.organisation_id AND o.trial_ends_at IS NOT NULL AND o.trial_ends_at > now()
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
    this.addSql(`CREATE FUNCTION mail_usage_stamp() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  NEW.reported_at := now();
  RETURN NEW;
END
\$\$`);
    this.addSql(`CREATE FUNCTION mail_usage_cleanup() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  DELETE FROM mailbox_usage WHERE address = OLD.address;
  RETURN OLD;
END
\$\$`);
    this.addSql(`CREATE FUNCTION mail_purge_queue() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  INSERT INTO mail_purges (mail_dir, address, deleted_at) VALUES (
    split_part(OLD.address, '@', 2) || '/' || OLD.local_part || '.' || OLD.id,
    OLD.address, now());
  RETURN OLD;
END
\$\$`);
    this.addSql(`CREATE TRIGGER mail_usage_stamp BEFORE INSERT OR UPDATE ON mailbox_usage
FOR EACH ROW EXECUTE FUNCTION mail_usage_stamp()`);
    this.addSql(`CREATE TRIGGER mail_usage_cleanup AFTER DELETE ON mailboxes
FOR EACH ROW EXECUTE FUNCTION mail_usage_cleanup()`);
    this.addSql(`CREATE TRIGGER mail_purge_queue AFTER DELETE ON mailboxes
FOR EACH ROW EXECUTE FUNCTION mail_purge_queue()`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP VIEW IF EXISTS mail_recipient_access`);
    this.addSql(`DROP VIEW IF EXISTS mail_sieve`);
    this.addSql(`DROP VIEW IF EXISTS mail_catch_alls`);
    this.addSql(`DROP VIEW IF EXISTS mail_aliases`);
    this.addSql(`DROP VIEW IF EXISTS mail_mailboxes`);
    this.addSql(`DROP VIEW IF EXISTS mail_users`);
    this.addSql(`DROP VIEW IF EXISTS mail_domains`);
    this.addSql(`DROP VIEW IF EXISTS mail_served_domains`);
    this.addSql(`DROP FUNCTION IF EXISTS mail_usage_stamp() CASCADE`);
    this.addSql(`DROP FUNCTION IF EXISTS mail_usage_cleanup() CASCADE`);
    this.addSql(`DROP FUNCTION IF EXISTS mail_purge_queue() CASCADE`);
    this.addSql(`drop table if exists "mail_purges" cascade;`);

    this.addSql(`drop index "domain_aliases_mx_status_index";`);
    this.addSql(`drop index "domain_aliases_mx_checked_at_index";`);
    this.addSql(`alter table "domain_aliases" drop column "mx_status", drop column "mx_checked_at", drop column "mx_result", drop column "mx_problem_reported";`);

    this.addSql(`drop index "domains_mx_status_index";`);
    this.addSql(`drop index "domains_mx_checked_at_index";`);
    this.addSql(`alter table "domains" drop column "mx_status", drop column "mx_checked_at", drop column "mx_result", drop column "mx_problem_reported";`);

    this.addSql(`alter table "notification_settings" drop column "mx_email_enabled";`);
    this.addSql(`CREATE VIEW mail_served_domains AS
 SELECT d.id,
    d.name,
    d.organisation_id,
    d.catch_all,
    d.allowed_ips,
    d.pop_enabled,
    d.imap_enabled,
    d.smtp_enabled,
    d.webmail_enabled
   FROM domains d
  WHERE (((d.state)::text = 'ACTIVE'::text) AND (NOT (EXISTS ( SELECT 1
           FROM organisations o
          WHERE (((o.status)::text <> 'ACTIVE'::text) AND (substr((d.tenant_path)::text, 1, length((o.tenant_path)::text)) = (o.tenant_path)::text))))))`);
    this.addSql(`CREATE VIEW mail_domains AS
 SELECT s.name AS domain,
    s.id AS domain_id,
    s.name AS real_domain
   FROM mail_served_domains s
UNION ALL
 SELECT da.name AS domain,
    s.id AS domain_id,
    s.name AS real_domain
   FROM (domain_aliases da
     JOIN mail_served_domains s ON (((s.id)::text = (da.domain_id)::text)))
  WHERE ((da.state)::text = 'ACTIVE'::text)`);
    this.addSql(`CREATE VIEW mail_users AS
 SELECT m.address,
    m.password_hash AS password,
    ((('*:storage='::text || m.quota_mb) || 'M:messages='::text) || m.max_messages) AS quota_rule,
    ( SELECT string_agg(j.value, ','::text) AS string_agg
           FROM jsonb_array_elements_text(s.allowed_ips) j(value)) AS allow_nets,
        CASE
            WHEN (s.imap_enabled AND m.imap_enabled) THEN 1
            ELSE 0
        END AS imap,
        CASE
            WHEN (s.pop_enabled AND m.pop_enabled) THEN 1
            ELSE 0
        END AS pop3,
        CASE
            WHEN (s.smtp_enabled AND m.smtp_enabled) THEN 1
            ELSE 0
        END AS smtp,
        CASE
            WHEN (s.webmail_enabled AND m.webmail_enabled) THEN 1
            ELSE 0
        END AS webmail,
    m.id AS mailbox_id,
    (((((s.name)::text || '/'::text) || (m.local_part)::text) || '.'::text) || (m.id)::text) AS mail_dir
   FROM (mailboxes m
     JOIN mail_served_domains s ON (((s.id)::text = (m.domain_id)::text)))
  WHERE ((m.state)::text = 'ACTIVE'::text)`);
    this.addSql(`CREATE VIEW mail_mailboxes AS
 SELECT m.address,
    ((((((s.name)::text || '/'::text) || (m.local_part)::text) || '.'::text) || (m.id)::text) || '/Maildir/'::text) AS maildir
   FROM (mailboxes m
     JOIN mail_served_domains s ON (((s.id)::text = (m.domain_id)::text)))
  WHERE ((m.state)::text = 'ACTIVE'::text)`);
    this.addSql(`CREATE VIEW mail_aliases AS
 SELECT m.local_part,
    s.name AS domain,
    m.address AS destination
   FROM (mailboxes m
     JOIN mail_served_domains s ON (((s.id)::text = (m.domain_id)::text)))
  WHERE (((m.state)::text <> 'ACTIVE'::text) OR (m.keep_copy = true) OR (jsonb_array_length(m.forwards) = 0))
UNION ALL
 SELECT m.local_part,
    s.name AS domain,
    j.value AS destination
   FROM (mailboxes m
     JOIN mail_served_domains s ON (((s.id)::text = (m.domain_id)::text))),
    LATERAL jsonb_array_elements_text(m.forwards) j(value)
  WHERE ((m.state)::text = 'ACTIVE'::text)
UNION ALL
 SELECT a.local_part,
    s.name AS domain,
    j.value AS destination
   FROM (aliases a
     JOIN mail_served_domains s ON (((s.id)::text = (a.domain_id)::text))),
    LATERAL jsonb_array_elements_text(a.destinations) j(value)
UNION ALL
 SELECT m.local_part,
    n.domain,
    m.address AS destination
   FROM (mail_domains n
     JOIN mailboxes m ON (((m.domain_id)::text = (n.domain_id)::text)))
  WHERE ((n.domain)::text <> (n.real_domain)::text)
UNION ALL
 SELECT a.local_part,
    n.domain,
    a.address AS destination
   FROM (mail_domains n
     JOIN aliases a ON (((a.domain_id)::text = (n.domain_id)::text)))
  WHERE ((n.domain)::text <> (n.real_domain)::text)`);
    this.addSql(`CREATE VIEW mail_catch_alls AS
 SELECT n.domain,
    s.catch_all AS destination
   FROM (mail_domains n
     JOIN mail_served_domains s ON (((s.id)::text = (n.domain_id)::text)))
  WHERE ((s.catch_all IS NOT NULL) AND ((s.catch_all)::text <> ''::text) AND (NOT (EXISTS ( SELECT 1
           FROM organisations o
          WHERE (((o.id)::text = (s.organisation_id)::text) AND (o.trial_ends_at IS NOT NULL) AND (o.trial_ends_at > now()))))))`);
    this.addSql(`CREATE VIEW mail_sieve AS
 SELECT m.address,
    'casella'::text AS name,
    m.sieve_script_id AS script_id,
    m.sieve_script AS script
   FROM (mailboxes m
     JOIN mail_served_domains s ON (((s.id)::text = (m.domain_id)::text)))
  WHERE (((m.state)::text = 'ACTIVE'::text) AND (m.sieve_script IS NOT NULL))`);
    this.addSql(`CREATE VIEW mail_recipient_access AS
 SELECT m.local_part,
    n.domain,
        CASE m.state
            WHEN 'SUSPENDED'::text THEN '450 4.2.1 Mailbox temporarily unavailable'::text
            ELSE '550 5.2.1 Mailbox unavailable'::text
        END AS action
   FROM (mail_domains n
     JOIN mailboxes m ON (((m.domain_id)::text = (n.domain_id)::text)))
  WHERE ((m.state)::text <> 'ACTIVE'::text)`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.mail_usage_stamp()
 RETURNS trigger
 LANGUAGE plpgsql
AS \$function\$
BEGIN
  NEW.reported_at := now();
  RETURN NEW;
END
\$function\$
`);
    this.addSql(`CREATE OR REPLACE FUNCTION public.mail_usage_cleanup()
 RETURNS trigger
 LANGUAGE plpgsql
AS \$function\$
BEGIN
  DELETE FROM mailbox_usage WHERE address = OLD.address;
  RETURN OLD;
END
\$function\$
`);
    this.addSql(`CREATE TRIGGER mail_usage_stamp BEFORE INSERT OR UPDATE ON public.mailbox_usage FOR EACH ROW EXECUTE FUNCTION mail_usage_stamp()`);
    this.addSql(`CREATE TRIGGER mail_usage_cleanup AFTER DELETE ON public.mailboxes FOR EACH ROW EXECUTE FUNCTION mail_usage_cleanup()`);
  }

}
