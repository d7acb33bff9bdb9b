import { Migration } from '@mikro-orm/migrations';

export class Migration20261129055327 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`organisations\` add column \`max_domains\` integer null;`);
    this.addSql(`alter table \`organisations\` add column \`max_mailboxes\` integer null;`);
    this.addSql(`alter table \`organisations\` add column \`trial_ends_at\` datetime null;`);

    this.addSql(`alter table \`domains\` add column \`max_mailboxes\` integer null;`);
    this.addSql(`alter table \`domains\` add column \`max_quota_gb\` integer null;`);
    this.addSql(`alter table \`domains\` add column \`default_quota_gb\` integer not null default 8;`);
    this.addSql(`alter table \`domains\` add column \`pop_enabled\` integer not null default true;`);
    this.addSql(`alter table \`domains\` add column \`imap_enabled\` integer not null default true;`);
    this.addSql(`alter table \`domains\` add column \`smtp_enabled\` integer not null default true;`);
    this.addSql(`alter table \`domains\` add column \`webmail_enabled\` integer not null default true;`);
    this.addSql(`alter table \`domains\` add column \`allowed_ips\` json not null default '[]';`);
    this.addSql(`alter table \`domains\` add column \`catch_all\` text null;`);
  }

}
