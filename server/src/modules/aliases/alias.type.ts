import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { toUnicodeDomain } from '@casella/shared';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import type { AliasEntity } from './alias.entity.js';

@ObjectType('Alias', { description: 'An address delivering to one or more destinations (free).' })
export class AliasType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String)
  localPart!: string;

  @Field(() => [String])
  destinations!: string[];

  @Field(() => Date)
  createdAt!: Date;
}

export const AliasConnection = connectionOf(AliasType, 'Alias');

@InputType('CreateAliasInput')
export class CreateAliasInputType {
  @Field(() => ID)
  domainId!: string;

  @Field(() => String)
  localPart!: string;

  @Field(() => [String], { description: 'Local or external addresses.' })
  destinations!: string[];
}

export const toAliasType = (e: AliasEntity): AliasType =>
  Object.assign(new AliasType(), {
    id: e.id,
    address: `${e.localPart}@${toUnicodeDomain(e.address.slice(e.address.indexOf('@') + 1))}`,
    localPart: e.localPart,
    destinations: e.destinations,
    createdAt: e.createdAt,
  });
