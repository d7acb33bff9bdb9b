import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  LANGUAGES,
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  type Language,
  type OrganisationKind,
  type OrganisationStatus,
} from '@casella/shared';
import { graphqlEnum } from '../../infra/graphql/enum.js';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import type { OrganisationEntity } from './organisation.entity.js';

export const OrganisationKindEnum = graphqlEnum(
  ORGANISATION_KINDS,
  'OrganisationKind',
  'Level in the tenant hierarchy.',
);
export const OrganisationStatusEnum = graphqlEnum(ORGANISATION_STATUSES, 'OrganisationStatus');
export const LanguageEnum = graphqlEnum(
  LANGUAGES,
  'Language',
  'Language of notices and of the panel.',
);

@ObjectType('Organisation', { description: 'The platform, a reseller or a customer.' })
export class OrganisationType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationStatusEnum)
  status!: OrganisationStatus;

  @Field(() => String)
  contactEmail!: string;

  @Field(() => LanguageEnum)
  language!: Language;

  @Field(() => Int, {
    nullable: true,
    description: 'Plan limit on domains (for a reseller: its whole pool); null is unlimited.',
  })
  maxDomains!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Plan limit on mailboxes, postmasters aside; null is unlimited.',
  })
  maxMailboxes!: number | null;

  @Field(() => Date, { nullable: true, description: 'End of the free trial, while it runs.' })
  trialEndsAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  /** Not exposed: used by field resolvers. */
  parentId!: string | null;
}

export const OrganisationConnection = connectionOf(OrganisationType, 'Organisation');

export const toOrganisationType = (e: OrganisationEntity): OrganisationType =>
  Object.assign(new OrganisationType(), {
    id: e.id,
    kind: e.kind,
    name: e.name,
    status: e.status,
    contactEmail: e.contactEmail,
    language: e.language,
    maxDomains: e.maxDomains ?? null,
    maxMailboxes: e.maxMailboxes ?? null,
    trialEndsAt: e.trialEndsAt ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    parentId: e.parent?.id ?? null,
  });
