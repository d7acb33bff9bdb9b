import { Migration } from '@mikro-orm/migrations';

export class Migration20261129053957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "aliases" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "domain_id" varchar(32) not null, "tenant_path" varchar(255) not null, "local_part" varchar(64) not null, "address" varchar(320) not null, "destinations" jsonb not null, constraint "aliases_pkey" primary key ("id"));`);
    this.addSql(`create index "aliases_tenant_path_index" on "aliases" ("tenant_path");`);
    this.addSql(`alter table "aliases" add constraint "aliases_address_unique" unique ("address");`);

    this.addSql(`alter table "aliases" add constraint "aliases_domain_id_foreign" foreign key ("domain_id") references "domains" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aliases" cascade;`);
  }

}
