import { Field, ID, ObjectType } from 'type-graphql';
import type { Permission, UserRole } from '@casella/shared';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { PermissionEnum, UserRoleEnum } from '../auth/viewer.type.js';
import type { UserEntity } from './user.entity.js';

@ObjectType('User', { description: 'A panel login: administrator, team member or manager.' })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  login!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => UserRoleEnum)
  role!: UserRole;

  @Field(() => [PermissionEnum], {
    description: 'Toggles of a team member or manager; administrators hold all.',
  })
  permissions!: Permission[];

  @Field(() => Boolean)
  disabled!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  organisationId!: string;
}

export const UserConnection = connectionOf(UserType, 'User');

export const toUserType = (e: UserEntity): UserType =>
  Object.assign(new UserType(), {
    id: e.id,
    login: e.login,
    name: e.name,
    email: e.email,
    role: e.role,
    permissions: e.role === 'ADMIN' ? [] : e.permissions,
    disabled: e.disabled,
    lastLoginAt: e.lastLoginAt ?? null,
    createdAt: e.createdAt,
    organisationId: e.organisation.id,
  });
