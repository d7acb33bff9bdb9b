import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { DomainServicesInput, DomainServicesType } from '../domains/domain.type.js';
import type { DomainProfileEntity } from './domain-profile.entity.js';

@ObjectType('DomainProfile', { description: 'A named preset of domain limits and services.' })
export class DomainProfileType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  maxMailboxes!: number | null;

  @Field(() => Int, { nullable: true })
  maxQuotaGb!: number | null;

  @Field(() => Int)
  defaultQuotaGb!: number;

  @Field(() => DomainServicesType)
  services!: DomainServicesType;

  @Field(() => Boolean, {
    description: 'True when it belongs to your organisation (you may edit it).',
  })
  own!: boolean;
}

export const DomainProfileConnection = connectionOf(DomainProfileType, 'DomainProfile');

@InputType('DomainProfileInput')
export class DomainProfileInputType {
  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true })
  maxMailboxes?: number | null;

  @Field(() => Int, { nullable: true })
  maxQuotaGb?: number | null;

  @Field(() => Int, { nullable: true })
  defaultQuotaGb?: number;

  @Field(() => DomainServicesInput, { nullable: true })
  services?: DomainServicesInput;
}

export const toDomainProfileType = (
  e: DomainProfileEntity,
  viewerOrgId: string,
): DomainProfileType =>
  Object.assign(new DomainProfileType(), {
    id: e.id,
    name: e.name,
    maxMailboxes: e.maxMailboxes ?? null,
    maxQuotaGb: e.maxQuotaGb ?? null,
    defaultQuotaGb: e.defaultQuotaGb,
    services: {
      pop: e.popEnabled,
      imap: e.imapEnabled,
      smtp: e.smtpEnabled,
      webmail: e.webmailEnabled,
    },
    own: e.owner.id === viewerOrgId,
  });
