import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_settings" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" varchar(32) not null, "tenant_path" varchar(255) not null, "quota_email_enabled" boolean not null default false, "quota_email_recipients" jsonb not null, "quota_webhook_enabled" boolean not null default true, constraint "notification_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_settings" add constraint "notification_settings_organisation_id_unique" unique ("organisation_id");`);
    this.addSql(`create index "notification_settings_tenant_path_index" on "notification_settings" ("tenant_path");`);

    this.addSql(`create table "webhook_endpoints" ("id" varchar(32) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" varchar(32) not null, "tenant_path" varchar(255) not null, "url" varchar(2000) not null, "description" varchar(200) not null default '', "event_types" jsonb not null, "enabled" boolean not null default true, "disabled_reason" varchar(32) null, "secret_sealed" text not null, "secret_rotated_at" timestamptz not null, "last_attempt_at" timestamptz null, "last_attempt_succeeded" boolean null, "last_response_code" int null, constraint "webhook_endpoints_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_endpoints_tenant_path_index" on "webhook_endpoints" ("tenant_path");`);

    this.addSql(`create table "webhook_deliveries" ("id" varchar(32) not null, "endpoint_id" varchar(32) not null, "tenant_path" varchar(255) not null, "message_id" varchar(32) not null, "event_type" varchar(100) not null, "body" text not null, "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "webhook_deliveries_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_deliveries_tenant_path_index" on "webhook_deliveries" ("tenant_path");`);
    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_message_id_unique" unique ("endpoint_id", "message_id");`);

    this.addSql(`create table "webhook_attempts" ("id" varchar(32) not null, "delivery_id" varchar(32) not null, "endpoint_id" varchar(32) not null, "tenant_path" varchar(255) not null, "attempt" int not null, "succeeded" boolean not null, "response_code" int null, "latency_ms" int not null, "error" text null, "created_at" timestamptz not null, constraint "webhook_attempts_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_attempts_tenant_path_index" on "webhook_attempts" ("tenant_path");`);
    this.addSql(`create index "webhook_attempts_endpoint_id_created_at_index" on "webhook_attempts" ("endpoint_id", "created_at");`);

    this.addSql(`alter table "notification_settings" add constraint "notification_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_organisation_id_foreign" foreign key ("organisation_id") references "organisations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_attempts" add constraint "webhook_attempts_delivery_id_foreign" foreign key ("delivery_id") references "webhook_deliveries" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_attempts" add constraint "webhook_attempts_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoints" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_deliveries" drop constraint "webhook_deliveries_endpoint_id_foreign";`);

    this.addSql(`alter table "webhook_attempts" drop constraint "webhook_attempts_endpoint_id_foreign";`);

    this.addSql(`alter table "webhook_attempts" drop constraint "webhook_attempts_delivery_id_foreign";`);

    this.addSql(`drop table if exists "notification_settings" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);

    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);

    this.addSql(`drop table if exists "webhook_attempts" cascade;`);
  }

}
