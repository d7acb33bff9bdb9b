import { Field, ID, InputType } from 'type-graphql';
import type { Permission, UserRole } from '@casella/shared';
import { PermissionEnum, UserRoleEnum } from '../../auth/viewer.type.js';

@InputType('CreateUserInput')
export class CreateUserInputType {
  @Field(() => ID, {
    nullable: true,
    description: 'Organisation of the new login; yours when unsaid.',
  })
  organisationId?: string | null;

  @Field(() => String)
  login!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => UserRoleEnum)
  role!: UserRole;

  @Field(() => [PermissionEnum], { nullable: true })
  permissions?: Permission[];

  @Field(() => [ID], { nullable: true, description: 'Managers only: the customers they act on.' })
  grantedCustomerIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Managers only: single domains they act on.' })
  grantedDomainIds?: string[];
}

@InputType('UpdateUserInput')
export class UpdateUserInputType {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => [PermissionEnum], { nullable: true })
  permissions?: Permission[];

  @Field(() => [ID], { nullable: true })
  grantedCustomerIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Managers only: single domains they act on.' })
  grantedDomainIds?: string[];

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Sets a new password; the user is signed out everywhere.',
  })
  password?: string;
}
