import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import type { AuditEntryEntity } from './audit-entry.entity.js';

@ObjectType('AuditEntry', { description: 'One change made through the panel or the API.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What was done, e.g. `customer.create`.' })
  action!: string;

  @Field(() => String)
  objectType!: string;

  @Field(() => ID)
  objectId!: string;

  @Field(() => String)
  objectLabel!: string;

  @Field(() => ID, { nullable: true, description: 'User who did it; null for the system.' })
  actorId!: string | null;

  @Field(() => String)
  actorLabel!: string;

  @Field(() => ID, { nullable: true, description: 'Customer the actor was impersonating.' })
  actingAsId!: string | null;

  @Field(() => String, { nullable: true })
  actingAsLabel!: string | null;

  @Field(() => ID, { nullable: true, description: 'API token used, if any.' })
  apiTokenId!: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Changed fields before the change.',
  })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Changed fields after the change.',
  })
  after!: Record<string, unknown> | null;

  @Field(() => String)
  ip!: string;

  @Field(() => Date)
  createdAt!: Date;
}

export const AuditEntryConnection = connectionOf(AuditEntryType, 'AuditEntry');

@InputType('AuditFilter')
export class AuditFilterInput {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  objectType?: string | null;

  @Field(() => ID, { nullable: true })
  objectId?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

export const toAuditEntryType = (e: AuditEntryEntity): AuditEntryType =>
  Object.assign(new AuditEntryType(), {
    id: e.id,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    objectLabel: e.objectLabel,
    actorId: e.actorId ?? null,
    actorLabel: e.actorLabel,
    actingAsId: e.actingAsId ?? null,
    actingAsLabel: e.actingAsLabel ?? null,
    apiTokenId: e.apiTokenId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: e.ip,
    createdAt: e.createdAt,
  });
