import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { OrganisationStatus } from '@casella/shared';
import { PageArgsType } from '../../../infra/graphql/page.args.js';
import { SortDirectionEnum } from '../../../infra/graphql/connection.type.js';
import { OrganisationStatusEnum } from '../organisation.type.js';

export enum OrganisationSortFieldEnum {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(OrganisationSortFieldEnum, { name: 'OrganisationSortField' });

@InputType('OrganisationFilter')
export class OrganisationFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches name or contact e-mail.' })
  search?: string | null;

  @Field(() => OrganisationStatusEnum, { nullable: true })
  status?: OrganisationStatus | null;

  @Field(() => ID, { nullable: true, description: 'Customers of this reseller only.' })
  resellerId?: string | null;
}

@InputType('OrganisationOrder')
export class OrganisationOrderInput {
  @Field(() => OrganisationSortFieldEnum)
  field!: OrganisationSortFieldEnum;

  @Field(() => SortDirectionEnum)
  direction!: SortDirectionEnum;
}

@ArgsType()
export class OrganisationsArgs extends PageArgsType {
  @Field(() => OrganisationFilterInput, { nullable: true })
  filter?: OrganisationFilterInput | null;

  @Field(() => OrganisationOrderInput, { nullable: true })
  orderBy?: OrganisationOrderInput | null;
}
