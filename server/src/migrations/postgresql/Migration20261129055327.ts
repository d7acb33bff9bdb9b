import { Migration } from '@mikro-orm/migrations';

export class Migration20261129055327 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "organisations" add column "max_domains" int null, add column "max_mailboxes" int null, add column "trial_ends_at" timestamptz null;`);

    this.addSql(`alter table "domains" add column "max_mailboxes" int null, add column "max_quota_gb" int null, add column "default_quota_gb" int not null default 8, add column "pop_enabled" boolean not null default true, add column "imap_enabled" boolean not null default true, add column "smtp_enabled" boolean not null default true, add column "webmail_enabled" boolean not null default true, add column "allowed_ips" jsonb not null default '[]', add column "catch_all" varchar(320) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "domains" drop column "max_mailboxes", drop column "max_quota_gb", drop column "default_quota_gb", drop column "pop_enabled", drop column "imap_enabled", drop column "smtp_enabled", drop column "webmail_enabled", drop column "allowed_ips", drop column "catch_all";`);

    this.addSql(`alter table "organisations" drop column "max_domains", drop column "max_mailboxes", drop column "trial_ends_at";`);
  }

}
