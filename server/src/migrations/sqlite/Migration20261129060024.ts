import { Migration } from '@mikro-orm/migrations';

export class Migration20261129060024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`sessions__temp_alter\` (\`id\` text not null, \`secret_hash\` text not null, \`csrf_token\` text not null, \`user_id\` text null, \`mailbox_id\` text null, \`impersonating_id\` text null, \`impersonation_started_at\` datetime null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`ip\` text not null, \`user_agent\` text not null default '', constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`sessions_mailbox_id_foreign\` foreign key(\`mailbox_id\`) references \`mailboxes\`(\`id\`) on delete cascade on update cascade, constraint \`sessions_impersonating_id_foreign\` foreign key(\`impersonating_id\`) references \`organisations\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`sessions__temp_alter\` select \`id\`, \`secret_hash\`, \`csrf_token\`, \`user_id\`, \`mailbox_id\`, \`impersonating_id\`, \`impersonation_started_at\`, \`created_at\`, \`last_seen_at\`, \`expires_at\`, \`ip\`, \`user_agent\` from \`sessions\`;`);
    this.addSql(`drop table \`sessions\`;`);
    this.addSql(`alter table \`sessions__temp_alter\` rename to \`sessions\`;`);
    this.addSql(`create unique index \`sessions_secret_hash_unique\` on \`sessions\` (\`secret_hash\`);`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);
    this.addSql(`create index \`sessions_mailbox_id_index\` on \`sessions\` (\`mailbox_id\`);`);
    this.addSql(`create index \`sessions_impersonating_id_index\` on \`sessions\` (\`impersonating_id\`);`);
    this.addSql(`create index \`sessions_expires_at_index\` on \`sessions\` (\`expires_at\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
