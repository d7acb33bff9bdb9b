import { Migration } from '@mikro-orm/migrations';

export class Migration20261129063710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "user_domain_grants" ("user_id" varchar(32) not null, "domain_id" varchar(32) not null, constraint "user_domain_grants_pkey" primary key ("user_id", "domain_id"));`);

    this.addSql(`alter table "user_domain_grants" add constraint "user_domain_grants_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_domain_grants" add constraint "user_domain_grants_domain_id_foreign" foreign key ("domain_id") references "domains" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user_domain_grants" cascade;`);
  }

}
