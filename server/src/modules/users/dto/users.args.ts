import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { UserRole } from '@casella/shared';
import { PageArgsType } from '../../../infra/graphql/page.args.js';
import { SortDirectionEnum } from '../../../infra/graphql/connection.type.js';
import { UserRoleEnum } from '../../auth/viewer.type.js';

export enum UserSortFieldEnum {
  LOGIN = 'login',
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(UserSortFieldEnum, { name: 'UserSortField' });

@InputType('UserFilter')
export class UserFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Users of this organisation; yours when unsaid.',
  })
  organisationId?: string | null;

  @Field(() => UserRoleEnum, { nullable: true })
  role?: UserRole | null;

  @Field(() => String, { nullable: true, description: 'Matches login, name or e-mail.' })
  search?: string | null;
}

@InputType('UserOrder')
export class UserOrderInput {
  @Field(() => UserSortFieldEnum)
  field!: UserSortFieldEnum;

  @Field(() => SortDirectionEnum)
  direction!: SortDirectionEnum;
}

@ArgsType()
export class UsersArgs extends PageArgsType {
  @Field(() => UserFilterInput, { nullable: true })
  filter?: UserFilterInput | null;

  @Field(() => UserOrderInput, { nullable: true })
  orderBy?: UserOrderInput | null;
}
