import { Migration } from '@mikro-orm/migrations';

export class Migration20261129053957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`aliases\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`domain_id\` text not null, \`tenant_path\` text not null, \`local_part\` text not null, \`address\` text not null, \`destinations\` json not null, constraint \`aliases_domain_id_foreign\` foreign key(\`domain_id\`) references \`domains\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`aliases_domain_id_index\` on \`aliases\` (\`domain_id\`);`);
    this.addSql(`create index \`aliases_tenant_path_index\` on \`aliases\` (\`tenant_path\`);`);
    this.addSql(`create unique index \`aliases_address_unique\` on \`aliases\` (\`address\`);`);
  }

}
