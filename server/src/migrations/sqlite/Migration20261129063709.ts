import { Migration } from '@mikro-orm/migrations';

export class Migration20261129063709 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`user_domain_grants\` (\`user_id\` text not null, \`domain_id\` text not null, constraint \`user_domain_grants_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`user_domain_grants_domain_id_foreign\` foreign key(\`domain_id\`) references \`domains\`(\`id\`) on delete cascade on update cascade, primary key (\`user_id\`, \`domain_id\`));`);
    this.addSql(`create index \`user_domain_grants_user_id_index\` on \`user_domain_grants\` (\`user_id\`);`);
    this.addSql(`create index \`user_domain_grants_domain_id_index\` on \`user_domain_grants\` (\`domain_id\`);`);
  }

}
