import { wrap } from '@mikro-orm/core';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { ApiTokenScope } from '@casella/shared';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { ApiTokenScopeEnum } from '../auth/viewer.type.js';
import type { ApiTokenEntity } from './api-token.entity.js';

@ObjectType('ApiToken', {
  description: 'A partner API token; its secret is shown only once, at creation.',
})
export class ApiTokenType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'First characters of the token, to tell tokens apart.' })
  prefix!: string;

  @Field(() => [ApiTokenScopeEnum])
  scopes!: ApiTokenScope[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { description: 'Login of the user the token acts as.' })
  ownerLogin!: string;
}

export const ApiTokenConnection = connectionOf(ApiTokenType, 'ApiToken');

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field(() => ApiTokenType)
  token!: ApiTokenType;

  @Field(() => String, {
    description: 'Send as `Authorization: Bearer <secret>`. Never shown again.',
  })
  secret!: string;
}

@InputType('CreateApiTokenInput')
export class CreateApiTokenInputType {
  @Field(() => String)
  name!: string;

  @Field(() => [ApiTokenScopeEnum])
  scopes!: ApiTokenScope[];

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}

export const toApiTokenType = (e: ApiTokenEntity): ApiTokenType =>
  Object.assign(new ApiTokenType(), {
    id: e.id,
    name: e.name,
    prefix: e.prefix,
    scopes: e.scopes,
    createdAt: e.createdAt,
    lastUsedAt: e.lastUsedAt ?? null,
    expiresAt: e.expiresAt ?? null,
    revokedAt: e.revokedAt ?? null,
    ownerLogin: wrap(e.owner).isInitialized() ? e.owner.login : '',
  });
