import { Migration } from '@mikro-orm/migrations';

export class Migration20261129054620 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`domain_aliases\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`state\` text not null default 'UPDATING', \`verification_label\` text not null, \`verified_at\` datetime null, \`verified_by\` text null, \`last_check_at\` datetime null, \`last_check_result\` json null, \`next_check_at\` datetime null, \`check_count\` integer not null default 0, \`email_code_hash\` text null, \`email_code_sent_to\` text null, \`email_code_expires_at\` datetime null, \`email_code_attempts\` integer not null default 0, \`domain_id\` text not null, \`tenant_path\` text not null, constraint \`domain_aliases_domain_id_foreign\` foreign key(\`domain_id\`) references \`domains\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`domain_aliases_name_unique\` on \`domain_aliases\` (\`name\`);`);
    this.addSql(`create index \`domain_aliases_next_check_at_index\` on \`domain_aliases\` (\`next_check_at\`);`);
    this.addSql(`create index \`domain_aliases_domain_id_index\` on \`domain_aliases\` (\`domain_id\`);`);
    this.addSql(`create index \`domain_aliases_tenant_path_index\` on \`domain_aliases\` (\`tenant_path\`);`);
  }

}
