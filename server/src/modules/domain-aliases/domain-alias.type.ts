import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { toUnicodeDomain } from '@casella/shared';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import type { DomainState } from '../domains/domain.entity.js';
import {
  DomainMxCheckType,
  DomainStateEnum,
  DomainVerificationType,
  toMxCheckType,
  toVerificationType,
  VerificationMethodEnum,
} from '../domains/domain.type.js';
import type { DomainAliasEntity } from './domain-alias.entity.js';

@ObjectType('DomainAlias', {
  description: 'Another name of a domain; inherits its mailboxes, aliases and forwards.',
})
export class DomainAliasType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As people read it (Unicode).' })
  name!: string;

  @Field(() => String, { description: 'As DNS sees it (A-label).' })
  asciiName!: string;

  @Field(() => DomainStateEnum)
  state!: DomainState;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => VerificationMethodEnum, { nullable: true })
  verifiedBy!: 'DNS' | 'EMAIL' | null;

  @Field(() => DomainVerificationType)
  verification!: DomainVerificationType;

  @Field(() => DomainMxCheckType, {
    description: "Whether its MX records send the alias's mail to the platform.",
  })
  mxCheck!: DomainMxCheckType;

  @Field(() => Date)
  createdAt!: Date;

  domainId!: string;
}

export const DomainAliasConnection = connectionOf(DomainAliasType, 'DomainAlias');

@InputType('CreateDomainAliasInput')
export class CreateDomainAliasInputType {
  @Field(() => ID, { description: 'The real domain it stands for.' })
  domainId!: string;

  @Field(() => String, { description: 'May be internationalised (e.g. città.it).' })
  name!: string;

  @Field(() => Boolean, { nullable: true })
  allowWww?: boolean;
}

export const toDomainAliasType = (e: DomainAliasEntity, verifyIp: string): DomainAliasType =>
  Object.assign(new DomainAliasType(), {
    id: e.id,
    name: toUnicodeDomain(e.name),
    asciiName: e.name,
    state: e.state,
    verifiedAt: e.verifiedAt ?? null,
    verifiedBy: e.verifiedBy ?? null,
    verification: toVerificationType(e, verifyIp),
    mxCheck: toMxCheckType(e),
    createdAt: e.createdAt,
    domainId: e.domain.id,
  });
