import { Migration } from '@mikro-orm/migrations';

// Generated, then trimmed: adding a nullable column leaves the mail lookups (the
// views over `domains`) valid, so this migration does not drop and recreate them
// with a frozen copy that could undo a later lookup change merged before it.
export class Migration20261129093501 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`domains\` add column \`suspended_from\` text null;`);
  }

}
