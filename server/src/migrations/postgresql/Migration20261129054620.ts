import { Migration } from '@mikro-orm/migrations';

export class Migration20261129054620 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "domain_aliases" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(253) not null, "state" varchar(32) not null default 'UPDATING', "verification_label" varchar(10) not null, "verified_at" timestamptz null, "verified_by" varchar(10) null, "last_check_at" timestamptz null, "last_check_result" jsonb null, "next_check_at" timestamptz null, "check_count" int not null default 0, "email_code_hash" varchar(64) null, "email_code_sent_to" varchar(254) null, "email_code_expires_at" timestamptz null, "email_code_attempts" int not null default 0, "domain_id" varchar(32) not null, "tenant_path" varchar(255) not null, constraint "domain_aliases_pkey" primary key ("id"));`);
    this.addSql(`alter table "domain_aliases" add constraint "domain_aliases_name_unique" unique ("name");`);
    this.addSql(`create index "domain_aliases_next_check_at_index" on "domain_aliases" ("next_check_at");`);
    this.addSql(`create index "domain_aliases_tenant_path_index" on "domain_aliases" ("tenant_path");`);

    this.addSql(`alter table "domain_aliases" add constraint "domain_aliases_domain_id_foreign" foreign key ("domain_id") references "domains" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "domain_aliases" cascade;`);
  }

}
