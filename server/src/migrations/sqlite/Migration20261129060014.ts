import { Migration } from '@mikro-orm/migrations';

export class Migration20261129060014 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`mailboxes\` add column \`autoresponder_enabled\` integer not null default false;`);
    this.addSql(`alter table \`mailboxes\` add column \`autoresponder_subject\` text null;`);
    this.addSql(`alter table \`mailboxes\` add column \`autoresponder_body\` text null;`);
    this.addSql(`alter table \`mailboxes\` add column \`autoresponder_starts_at\` datetime null;`);
    this.addSql(`alter table \`mailboxes\` add column \`autoresponder_ends_at\` datetime null;`);

    this.addSql(`alter table \`sessions\` add column \`mailbox_id\` text null constraint \`sessions_mailbox_id_foreign\` references \`mailboxes\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`create index \`sessions_mailbox_id_index\` on \`sessions\` (\`mailbox_id\`);`);
  }

}
