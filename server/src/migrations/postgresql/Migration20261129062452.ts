import { Migration } from '@mikro-orm/migrations';

export class Migration20261129062452 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "domain_profiles" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "owner_id" varchar(32) not null, "tenant_path" varchar(255) not null, "name" varchar(80) not null, "max_mailboxes" int null, "max_quota_gb" int null, "default_quota_gb" int not null default 8, "pop_enabled" boolean not null default true, "imap_enabled" boolean not null default true, "smtp_enabled" boolean not null default true, "webmail_enabled" boolean not null default true, constraint "domain_profiles_pkey" primary key ("id"));`);
    this.addSql(`create index "domain_profiles_tenant_path_index" on "domain_profiles" ("tenant_path");`);

    this.addSql(`alter table "domain_profiles" add constraint "domain_profiles_owner_id_foreign" foreign key ("owner_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "domains" add column "profile_id" varchar(32) null;`);
    this.addSql(`alter table "domains" add constraint "domains_profile_id_foreign" foreign key ("profile_id") references "domain_profiles" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "domains" drop constraint "domains_profile_id_foreign";`);

    this.addSql(`drop table if exists "domain_profiles" cascade;`);

    this.addSql(`alter table "domains" drop column "profile_id";`);
  }

}
