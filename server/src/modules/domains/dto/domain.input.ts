import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgsType } from '../../../infra/graphql/page.args.js';
import { SortDirectionEnum } from '../../../infra/graphql/connection.type.js';
import type { DomainState } from '../domain.entity.js';
import { DomainStateEnum } from '../domain.type.js';

@InputType('CreateDomainInput')
export class CreateDomainInputType {
  @Field(() => ID, {
    nullable: true,
    description: 'Resellers and the platform: the customer it belongs to.',
  })
  customerId?: string | null;

  @Field(() => String, { description: 'What follows the @, without www.' })
  name!: string;

  @Field(() => String, { description: 'At least 8 characters with a letter and a digit.' })
  postmasterPassword!: string;

  @Field(() => Boolean, { nullable: true, description: 'Confirms that a www. prefix is intended.' })
  allowWww?: boolean;
}

export enum DomainSortFieldEnum {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(DomainSortFieldEnum, { name: 'DomainSortField' });

@InputType('DomainFilter')
export class DomainFilterInput {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => DomainStateEnum, { nullable: true })
  state?: DomainState | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only ACTIVE domains whose MX records are WRONG or MISSING; false: all the others.',
  })
  mxProblem?: boolean | null;
}

@InputType('DomainOrder')
export class DomainOrderInput {
  @Field(() => DomainSortFieldEnum)
  field!: DomainSortFieldEnum;

  @Field(() => SortDirectionEnum)
  direction!: SortDirectionEnum;
}

@ArgsType()
export class DomainsArgs extends PageArgsType {
  @Field(() => DomainFilterInput, { nullable: true })
  filter?: DomainFilterInput | null;

  @Field(() => DomainOrderInput, { nullable: true })
  orderBy?: DomainOrderInput | null;
}
