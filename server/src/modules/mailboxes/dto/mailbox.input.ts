import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgsType } from '../../../infra/graphql/page.args.js';
import { SortDirectionEnum } from '../../../infra/graphql/connection.type.js';
import type { MailboxState } from '../mailbox.entity.js';
import { AutoresponderInputType, MailboxServicesInput, MailboxStateEnum } from '../mailbox.type.js';

@InputType('CreateMailboxInput')
export class CreateMailboxInputType {
  @Field(() => ID)
  domainId!: string;

  @Field(() => String, { description: 'What comes before the @.' })
  localPart!: string;

  @Field(() => String, {
    nullable: true,
    description: 'At least 8 characters with a letter and a digit.',
  })
  password?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Instead of a password: a CRYPT-MD5 ($1$) or SHA512-CRYPT ($6$) hash.',
  })
  passwordHash?: string;

  @Field(() => String, { nullable: true })
  firstName?: string;

  @Field(() => String, { nullable: true })
  lastName?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Quota tier in GB: 1–8, 16 and 25 for resellers; 8 when unsaid.',
  })
  quotaGb?: number;

  @Field(() => [String], { nullable: true })
  forwards?: string[];

  @Field(() => Boolean, { nullable: true })
  keepCopy?: boolean;

  @Field(() => MailboxServicesInput, { nullable: true })
  services?: MailboxServicesInput;
}

@InputType('UpdateMailboxInput')
export class UpdateMailboxInputType {
  @Field(() => String, { nullable: true })
  password?: string;

  @Field(() => String, { nullable: true })
  firstName?: string;

  @Field(() => String, { nullable: true })
  lastName?: string;

  @Field(() => Int, { nullable: true })
  quotaGb?: number;

  @Field(() => [String], { nullable: true })
  forwards?: string[];

  @Field(() => Boolean, { nullable: true })
  keepCopy?: boolean;

  @Field(() => MailboxServicesInput, { nullable: true })
  services?: MailboxServicesInput;

  @Field(() => AutoresponderInputType, { nullable: true })
  autoresponder?: AutoresponderInputType;

  @Field(() => MailboxStateEnum, { nullable: true, description: 'ACTIVE or DISABLED.' })
  state?: MailboxState;
}

export enum MailboxSortFieldEnum {
  ADDRESS = 'address',
  CREATED_AT = 'createdAt',
}
registerEnumType(MailboxSortFieldEnum, { name: 'MailboxSortField' });

@InputType('MailboxFilter')
export class MailboxFilterInput {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => MailboxStateEnum, { nullable: true })
  state?: MailboxState | null;
}

@InputType('MailboxOrder')
export class MailboxOrderInput {
  @Field(() => MailboxSortFieldEnum)
  field!: MailboxSortFieldEnum;

  @Field(() => SortDirectionEnum)
  direction!: SortDirectionEnum;
}

@ArgsType()
export class MailboxesArgs extends PageArgsType {
  @Field(() => ID)
  domainId!: string;

  @Field(() => MailboxFilterInput, { nullable: true })
  filter?: MailboxFilterInput | null;

  @Field(() => MailboxOrderInput, { nullable: true })
  orderBy?: MailboxOrderInput | null;
}
