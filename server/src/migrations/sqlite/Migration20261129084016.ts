import { Migration } from '@mikro-orm/migrations';

export class Migration20261129084016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification_settings\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organisation_id\` text not null, \`tenant_path\` text not null, \`quota_email_enabled\` integer not null default false, \`quota_email_recipients\` json not null, \`quota_webhook_enabled\` integer not null default true, constraint \`notification_settings_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`notification_settings_organisation_id_unique\` on \`notification_settings\` (\`organisation_id\`);`);
    this.addSql(`create index \`notification_settings_tenant_path_index\` on \`notification_settings\` (\`tenant_path\`);`);

    this.addSql(`create table \`webhook_endpoints\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organisation_id\` text not null, \`tenant_path\` text not null, \`url\` text not null, \`description\` text not null default '', \`event_types\` json not null, \`enabled\` integer not null default true, \`disabled_reason\` text null, \`secret_sealed\` text not null, \`secret_rotated_at\` datetime not null, \`last_attempt_at\` datetime null, \`last_attempt_succeeded\` integer null, \`last_response_code\` integer null, constraint \`webhook_endpoints_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_endpoints_organisation_id_index\` on \`webhook_endpoints\` (\`organisation_id\`);`);
    this.addSql(`create index \`webhook_endpoints_tenant_path_index\` on \`webhook_endpoints\` (\`tenant_path\`);`);

    this.addSql(`create table \`webhook_deliveries\` (\`id\` text not null, \`endpoint_id\` text not null, \`tenant_path\` text not null, \`message_id\` text not null, \`event_type\` text not null, \`body\` text not null, \`status\` text not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime null, \`created_at\` datetime not null, \`finished_at\` datetime null, constraint \`webhook_deliveries_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoints\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_deliveries_endpoint_id_index\` on \`webhook_deliveries\` (\`endpoint_id\`);`);
    this.addSql(`create index \`webhook_deliveries_tenant_path_index\` on \`webhook_deliveries\` (\`tenant_path\`);`);
    this.addSql(`create unique index \`webhook_deliveries_endpoint_id_message_id_unique\` on \`webhook_deliveries\` (\`endpoint_id\`, \`message_id\`);`);

    this.addSql(`create table \`webhook_attempts\` (\`id\` text not null, \`delivery_id\` text not null, \`endpoint_id\` text not null, \`tenant_path\` text not null, \`attempt\` integer not null, \`succeeded\` integer not null, \`response_code\` integer null, \`latency_ms\` integer not null, \`error\` text null, \`created_at\` datetime not null, constraint \`webhook_attempts_delivery_id_foreign\` foreign key(\`delivery_id\`) references \`webhook_deliveries\`(\`id\`) on delete cascade on update cascade, constraint \`webhook_attempts_endpoint_id_foreign\` foreign key(\`endpoint_id\`) references \`webhook_endpoints\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`webhook_attempts_delivery_id_index\` on \`webhook_attempts\` (\`delivery_id\`);`);
    this.addSql(`create index \`webhook_attempts_endpoint_id_index\` on \`webhook_attempts\` (\`endpoint_id\`);`);
    this.addSql(`create index \`webhook_attempts_tenant_path_index\` on \`webhook_attempts\` (\`tenant_path\`);`);
    this.addSql(`create index \`webhook_attempts_endpoint_id_created_at_index\` on \`webhook_attempts\` (\`endpoint_id\`, \`created_at\`);`);
  }

}
