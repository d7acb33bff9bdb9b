import { Field, ID, ObjectType } from 'type-graphql';
import {
  API_TOKEN_SCOPES,
  PERMISSIONS,
  USER_ROLES,
  type ApiTokenScope,
  type Permission,
  type UserRole,
} from '@casella/shared';
import { graphqlEnum } from '../../infra/graphql/enum.js';
import { OrganisationType } from '../organisations/organisation.type.js';

export const PermissionEnum = graphqlEnum(
  PERMISSIONS,
  'Permission',
  'A permission toggle of a team member.',
);
export const UserRoleEnum = graphqlEnum(USER_ROLES, 'UserRole');
export const ApiTokenScopeEnum = graphqlEnum(API_TOKEN_SCOPES, 'ApiTokenScope');
export const AuthMethodEnum = graphqlEnum(['SESSION', 'API_TOKEN'] as const, 'AuthMethod');
export const PrincipalKindEnum = graphqlEnum(
  ['PANEL_USER', 'POSTMASTER', 'MAILBOX'] as const,
  'PrincipalKind',
  'Panel users sign in with a login name; postmasters and mailbox owners with their address.',
);

@ObjectType('Impersonation')
export class ImpersonationType {
  @Field(() => OrganisationType, { description: 'The customer being acted as.' })
  organisation!: OrganisationType;

  @Field(() => Date)
  startedAt!: Date;
}

@ObjectType('Viewer', { description: 'Who you are signed in as, and what you may do.' })
export class ViewerType {
  @Field(() => ID, {
    description: 'Your user ID (the mailbox ID for postmasters and mailbox owners).',
  })
  id!: string;

  @Field(() => PrincipalKindEnum)
  kind!: 'PANEL_USER' | 'POSTMASTER' | 'MAILBOX';

  @Field(() => String)
  login!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UserRoleEnum)
  role!: UserRole;

  @Field(() => [PermissionEnum], {
    description: 'What you may do now (narrowed while impersonating).',
  })
  permissions!: Permission[];

  @Field(() => OrganisationType, { description: 'The organisation your login belongs to.' })
  organisation!: OrganisationType;

  @Field(() => OrganisationType, {
    description: 'The organisation you act for: yours, or the customer you impersonate.',
  })
  actingAs!: OrganisationType;

  @Field(() => ImpersonationType, { nullable: true })
  impersonation!: ImpersonationType | null;

  @Field(() => AuthMethodEnum)
  authenticatedBy!: 'SESSION' | 'API_TOKEN';

  @Field(() => [ApiTokenScopeEnum], {
    description: 'Scopes of the API token in use; both for a session.',
  })
  scopes!: ApiTokenScope[];
}
