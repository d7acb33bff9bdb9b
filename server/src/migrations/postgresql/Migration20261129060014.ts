import { Migration } from '@mikro-orm/migrations';

export class Migration20261129060014 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mailboxes" add column "autoresponder_enabled" boolean not null default false, add column "autoresponder_subject" varchar(200) null, add column "autoresponder_body" text null, add column "autoresponder_starts_at" timestamptz null, add column "autoresponder_ends_at" timestamptz null;`);

    this.addSql(`alter table "sessions" add column "mailbox_id" varchar(32) null;`);
    this.addSql(`alter table "sessions" alter column "user_id" type varchar(32) using ("user_id"::varchar(32));`);
    this.addSql(`alter table "sessions" alter column "user_id" drop not null;`);
    this.addSql(`alter table "sessions" add constraint "sessions_mailbox_id_foreign" foreign key ("mailbox_id") references "mailboxes" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_mailbox_id_foreign";`);

    this.addSql(`alter table "mailboxes" drop column "autoresponder_enabled", drop column "autoresponder_subject", drop column "autoresponder_body", drop column "autoresponder_starts_at", drop column "autoresponder_ends_at";`);

    this.addSql(`alter table "sessions" drop column "mailbox_id";`);

    this.addSql(`alter table "sessions" alter column "user_id" type varchar(32) using ("user_id"::varchar(32));`);
    this.addSql(`alter table "sessions" alter column "user_id" set not null;`);
  }

}
