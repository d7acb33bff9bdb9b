import { Migration } from '@mikro-orm/migrations';

export class Migration20261129062452 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`domain_profiles\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`owner_id\` text not null, \`tenant_path\` text not null, \`name\` text not null, \`max_mailboxes\` integer null, \`max_quota_gb\` integer null, \`default_quota_gb\` integer not null default 8, \`pop_enabled\` integer not null default true, \`imap_enabled\` integer not null default true, \`smtp_enabled\` integer not null default true, \`webmail_enabled\` integer not null default true, constraint \`domain_profiles_owner_id_foreign\` foreign key(\`owner_id\`) references \`organisations\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`domain_profiles_owner_id_index\` on \`domain_profiles\` (\`owner_id\`);`);
    this.addSql(`create index \`domain_profiles_tenant_path_index\` on \`domain_profiles\` (\`tenant_path\`);`);

    this.addSql(`alter table \`domains\` add column \`profile_id\` text null constraint \`domains_profile_id_foreign\` references \`domain_profiles\` (\`id\`) on update cascade on delete set null;`);
    this.addSql(`create index \`domains_profile_id_index\` on \`domains\` (\`profile_id\`);`);
  }

}
