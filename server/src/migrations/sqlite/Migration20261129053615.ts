import { Migration } from '@mikro-orm/migrations';

export class Migration20261129053615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entries\` (\`id\` text not null, \`tenant_path\` text not null, \`action\` text not null, \`object_type\` text not null, \`object_id\` text not null, \`object_label\` text not null, \`actor_id\` text null, \`actor_label\` text not null, \`acting_as_id\` text null, \`acting_as_label\` text null, \`api_token_id\` text null, \`before\` json null, \`after\` json null, \`ip\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entries_object_id_index\` on \`audit_entries\` (\`object_id\`);`);
    this.addSql(`create index \`audit_entries_actor_id_index\` on \`audit_entries\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_entries_tenant_path_created_at_index\` on \`audit_entries\` (\`tenant_path\`, \`created_at\`);`);

    this.addSql(`create table \`jobs\` (\`id\` text not null, \`name\` text not null, \`payload\` json not null, \`status\` text not null default 'PENDING', \`run_at\` datetime not null, \`attempts\` integer not null default 0, \`max_attempts\` integer not null default 5, \`locked_by\` text null, \`locked_until\` datetime null, \`last_error\` text null, \`recurring_key\` text null, \`interval_ms\` integer null, \`created_at\` datetime not null, \`finished_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`jobs_recurring_key_unique\` on \`jobs\` (\`recurring_key\`);`);
    this.addSql(`create index \`jobs_status_run_at_index\` on \`jobs\` (\`status\`, \`run_at\`);`);

    this.addSql(`create table \`login_throttles\` (\`key\` text not null, \`failures\` integer not null default 0, \`window_started_at\` datetime not null, \`locked_until\` datetime null, primary key (\`key\`));`);

    this.addSql(`create table \`organisations\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text not null, \`name\` text not null, \`status\` text not null default 'ACTIVE', \`contact_email\` text not null, \`language\` text not null default 'it', \`parent_id\` text null, \`tenant_path\` text not null, constraint \`organisations_parent_id_foreign\` foreign key(\`parent_id\`) references \`organisations\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`organisations_parent_id_index\` on \`organisations\` (\`parent_id\`);`);
    this.addSql(`create unique index \`organisations_tenant_path_unique\` on \`organisations\` (\`tenant_path\`);`);

    this.addSql(`create table \`domains\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organisation_id\` text not null, \`tenant_path\` text not null, \`name\` text not null, \`state\` text not null default 'UPDATING', \`verification_label\` text not null, \`verified_at\` datetime null, \`verified_by\` text null, \`last_check_at\` datetime null, \`last_check_result\` json null, \`next_check_at\` datetime null, \`check_count\` integer not null default 0, \`email_code_hash\` text null, \`email_code_sent_to\` text null, \`email_code_expires_at\` datetime null, \`email_code_attempts\` integer not null default 0, constraint \`domains_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`domains_organisation_id_index\` on \`domains\` (\`organisation_id\`);`);
    this.addSql(`create index \`domains_tenant_path_index\` on \`domains\` (\`tenant_path\`);`);
    this.addSql(`create unique index \`domains_name_unique\` on \`domains\` (\`name\`);`);
    this.addSql(`create index \`domains_next_check_at_index\` on \`domains\` (\`next_check_at\`);`);

    this.addSql(`create table \`mailboxes\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`domain_id\` text not null, \`tenant_path\` text not null, \`local_part\` text not null, \`address\` text not null, \`password_hash\` text not null, \`first_name\` text null, \`last_name\` text null, \`quota_mb\` integer not null, \`is_postmaster\` integer not null default false, \`state\` text not null default 'ACTIVE', \`forwards\` json not null, \`keep_copy\` integer not null default true, \`pop_enabled\` integer not null default true, \`imap_enabled\` integer not null default true, \`smtp_enabled\` integer not null default true, \`webmail_enabled\` integer not null default true, constraint \`mailboxes_domain_id_foreign\` foreign key(\`domain_id\`) references \`domains\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`mailboxes_domain_id_index\` on \`mailboxes\` (\`domain_id\`);`);
    this.addSql(`create index \`mailboxes_tenant_path_index\` on \`mailboxes\` (\`tenant_path\`);`);
    this.addSql(`create unique index \`mailboxes_address_unique\` on \`mailboxes\` (\`address\`);`);

    this.addSql(`create table \`outbox_events\` (\`id\` text not null, \`topic\` text not null, \`payload\` json not null, \`created_at\` datetime not null, \`available_at\` datetime not null, \`attempts\` integer not null default 0, \`delivered_at\` datetime null, \`last_error\` text null, \`failed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`outbox_events_delivered_at_available_at_index\` on \`outbox_events\` (\`delivered_at\`, \`available_at\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organisation_id\` text not null, \`tenant_path\` text not null, \`login\` text not null, \`password_hash\` text not null, \`name\` text not null, \`email\` text not null, \`role\` text not null, \`permissions\` json not null, \`language\` text null, \`disabled\` integer not null default false, \`last_login_at\` datetime null, constraint \`users_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`users_organisation_id_index\` on \`users\` (\`organisation_id\`);`);
    this.addSql(`create index \`users_tenant_path_index\` on \`users\` (\`tenant_path\`);`);
    this.addSql(`create unique index \`users_login_unique\` on \`users\` (\`login\`);`);

    this.addSql(`create table \`user_customer_grants\` (\`user_id\` text not null, \`organisation_id\` text not null, constraint \`user_customer_grants_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`user_customer_grants_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisations\`(\`id\`) on delete cascade on update cascade, primary key (\`user_id\`, \`organisation_id\`));`);
    this.addSql(`create index \`user_customer_grants_user_id_index\` on \`user_customer_grants\` (\`user_id\`);`);
    this.addSql(`create index \`user_customer_grants_organisation_id_index\` on \`user_customer_grants\` (\`organisation_id\`);`);

    this.addSql(`create table \`sessions\` (\`id\` text not null, \`secret_hash\` text not null, \`csrf_token\` text not null, \`user_id\` text not null, \`impersonating_id\` text null, \`impersonation_started_at\` datetime null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`ip\` text not null, \`user_agent\` text not null default '', constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`sessions_impersonating_id_foreign\` foreign key(\`impersonating_id\`) references \`organisations\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`sessions_secret_hash_unique\` on \`sessions\` (\`secret_hash\`);`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);
    this.addSql(`create index \`sessions_impersonating_id_index\` on \`sessions\` (\`impersonating_id\`);`);
    this.addSql(`create index \`sessions_expires_at_index\` on \`sessions\` (\`expires_at\`);`);

    this.addSql(`create table \`api_tokens\` (\`id\` text not null, \`owner_id\` text not null, \`tenant_path\` text not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`expires_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_tokens_owner_id_foreign\` foreign key(\`owner_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`api_tokens_owner_id_index\` on \`api_tokens\` (\`owner_id\`);`);
    this.addSql(`create index \`api_tokens_tenant_path_index\` on \`api_tokens\` (\`tenant_path\`);`);
    this.addSql(`create unique index \`api_tokens_secret_hash_unique\` on \`api_tokens\` (\`secret_hash\`);`);
  }

}
