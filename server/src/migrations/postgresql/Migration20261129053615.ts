import { Migration } from '@mikro-orm/migrations';

export class Migration20261129053615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entries" ("id" varchar(32) not null, "tenant_path" varchar(255) not null, "action" varchar(64) not null, "object_type" varchar(40) not null, "object_id" varchar(32) not null, "object_label" varchar(255) not null, "actor_id" varchar(32) null, "actor_label" varchar(120) not null, "acting_as_id" varchar(32) null, "acting_as_label" varchar(120) null, "api_token_id" varchar(32) null, "before" jsonb null, "after" jsonb null, "ip" varchar(64) not null, "created_at" timestamptz not null, constraint "audit_entries_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entries_object_id_index" on "audit_entries" ("object_id");`);
    this.addSql(`create index "audit_entries_actor_id_index" on "audit_entries" ("actor_id");`);
    this.addSql(`create index "audit_entries_tenant_path_created_at_index" on "audit_entries" ("tenant_path", "created_at");`);

    this.addSql(`create table "jobs" ("id" varchar(32) not null, "name" varchar(100) not null, "payload" jsonb not null, "status" varchar(32) not null default 'PENDING', "run_at" timestamptz not null, "attempts" int not null default 0, "max_attempts" int not null default 5, "locked_by" varchar(64) null, "locked_until" timestamptz null, "last_error" text null, "recurring_key" varchar(100) null, "interval_ms" int null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "jobs_pkey" primary key ("id"));`);
    this.addSql(`alter table "jobs" add constraint "jobs_recurring_key_unique" unique ("recurring_key");`);
    this.addSql(`create index "jobs_status_run_at_index" on "jobs" ("status", "run_at");`);

    this.addSql(`create table "login_throttles" ("key" varchar(300) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttles_pkey" primary key ("key"));`);

    this.addSql(`create table "organisations" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" varchar(32) not null, "name" varchar(120) not null, "status" varchar(32) not null default 'ACTIVE', "contact_email" varchar(254) not null, "language" varchar(5) not null default 'it', "parent_id" varchar(32) null, "tenant_path" varchar(255) not null, constraint "organisations_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisations" add constraint "organisations_tenant_path_unique" unique ("tenant_path");`);

    this.addSql(`create table "domains" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" varchar(32) not null, "tenant_path" varchar(255) not null, "name" varchar(253) not null, "state" varchar(32) not null default 'UPDATING', "verification_label" varchar(10) not null, "verified_at" timestamptz null, "verified_by" varchar(10) null, "last_check_at" timestamptz null, "last_check_result" jsonb null, "next_check_at" timestamptz null, "check_count" int not null default 0, "email_code_hash" varchar(64) null, "email_code_sent_to" varchar(254) null, "email_code_expires_at" timestamptz null, "email_code_attempts" int not null default 0, constraint "domains_pkey" primary key ("id"));`);
    this.addSql(`create index "domains_tenant_path_index" on "domains" ("tenant_path");`);
    this.addSql(`alter table "domains" add constraint "domains_name_unique" unique ("name");`);
    this.addSql(`create index "domains_next_check_at_index" on "domains" ("next_check_at");`);

    this.addSql(`create table "mailboxes" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "domain_id" varchar(32) not null, "tenant_path" varchar(255) not null, "local_part" varchar(64) not null, "address" varchar(320) not null, "password_hash" varchar(300) not null, "first_name" varchar(80) null, "last_name" varchar(80) null, "quota_mb" int not null, "is_postmaster" boolean not null default false, "state" varchar(32) not null default 'ACTIVE', "forwards" jsonb not null, "keep_copy" boolean not null default true, "pop_enabled" boolean not null default true, "imap_enabled" boolean not null default true, "smtp_enabled" boolean not null default true, "webmail_enabled" boolean not null default true, constraint "mailboxes_pkey" primary key ("id"));`);
    this.addSql(`create index "mailboxes_tenant_path_index" on "mailboxes" ("tenant_path");`);
    this.addSql(`alter table "mailboxes" add constraint "mailboxes_address_unique" unique ("address");`);

    this.addSql(`create table "outbox_events" ("id" varchar(32) not null, "topic" varchar(100) not null, "payload" jsonb not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "attempts" int not null default 0, "delivered_at" timestamptz null, "last_error" text null, "failed_at" timestamptz null, constraint "outbox_events_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_events_delivered_at_available_at_index" on "outbox_events" ("delivered_at", "available_at");`);

    this.addSql(`create table "users" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" varchar(32) not null, "tenant_path" varchar(255) not null, "login" varchar(64) not null, "password_hash" varchar(255) not null, "name" varchar(120) not null, "email" varchar(254) not null, "role" varchar(32) not null, "permissions" jsonb not null, "language" varchar(5) null, "disabled" boolean not null default false, "last_login_at" timestamptz null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`create index "users_tenant_path_index" on "users" ("tenant_path");`);
    this.addSql(`alter table "users" add constraint "users_login_unique" unique ("login");`);

    this.addSql(`create table "user_customer_grants" ("user_id" varchar(32) not null, "organisation_id" varchar(32) not null, constraint "user_customer_grants_pkey" primary key ("user_id", "organisation_id"));`);

    this.addSql(`create table "sessions" ("id" varchar(32) not null, "secret_hash" varchar(64) not null, "csrf_token" varchar(64) not null, "user_id" varchar(32) not null, "impersonating_id" varchar(32) null, "impersonation_started_at" timestamptz null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) not null, "user_agent" varchar(255) not null default '', constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`alter table "sessions" add constraint "sessions_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "api_tokens" ("id" varchar(32) not null, "owner_id" varchar(32) not null, "tenant_path" varchar(255) not null, "name" varchar(120) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`);
    this.addSql(`create index "api_tokens_tenant_path_index" on "api_tokens" ("tenant_path");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "organisations" add constraint "organisations_parent_id_foreign" foreign key ("parent_id") references "organisations" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "domains" add constraint "domains_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mailboxes" add constraint "mailboxes_domain_id_foreign" foreign key ("domain_id") references "domains" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add constraint "users_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_customer_grants" add constraint "user_customer_grants_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_customer_grants" add constraint "user_customer_grants_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sessions" add constraint "sessions_impersonating_id_foreign" foreign key ("impersonating_id") references "organisations" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisations" drop constraint "organisations_parent_id_foreign";`);

    this.addSql(`alter table "domains" drop constraint "domains_organisation_id_foreign";`);

    this.addSql(`alter table "users" drop constraint "users_organisation_id_foreign";`);

    this.addSql(`alter table "user_customer_grants" drop constraint "user_customer_grants_organisation_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_impersonating_id_foreign";`);

    this.addSql(`alter table "mailboxes" drop constraint "mailboxes_domain_id_foreign";`);

    this.addSql(`alter table "user_customer_grants" drop constraint "user_customer_grants_user_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_owner_id_foreign";`);

    this.addSql(`drop table if exists "audit_entries" cascade;`);

    this.addSql(`drop table if exists "jobs" cascade;`);

    this.addSql(`drop table if exists "login_throttles" cascade;`);

    this.addSql(`drop table if exists "organisations" cascade;`);

    this.addSql(`drop table if exists "domains" cascade;`);

    this.addSql(`drop table if exists "mailboxes" cascade;`);

    this.addSql(`drop table if exists "outbox_events" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "user_customer_grants" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "api_tokens" cascade;`);
  }

}
