import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { graphqlEnum } from '../../infra/graphql/enum.js';
import {
  WEBHOOK_DISABLED_REASONS,
  type WebhookDisabledReason,
  type WebhookEndpointEntity,
} from './webhook-endpoint.entity.js';

export const WebhookDisabledReasonEnum = graphqlEnum(
  WEBHOOK_DISABLED_REASONS,
  'WebhookDisabledReason',
  'MANUAL: switched off by a person; GONE: the receiver answered 410 Gone.',
);

export const WEBHOOK_ATTEMPT_STATUSES = ['SUCCEEDED', 'FAILED'] as const;
export type WebhookAttemptStatus = (typeof WEBHOOK_ATTEMPT_STATUSES)[number];
export const WebhookAttemptStatusEnum = graphqlEnum(
  WEBHOOK_ATTEMPT_STATUSES,
  'WebhookAttemptStatus',
  'SUCCEEDED: the receiver answered 2xx; FAILED: anything else, or no answer.',
);

@ObjectType('WebhookEndpoint', {
  description: 'A URL that receives the events it subscribed to (Standard Webhooks).',
})
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { description: 'Event types from `webhookCatalogue`.' })
  eventTypes!: string[];

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => WebhookDisabledReasonEnum, { nullable: true })
  disabledReason!: WebhookDisabledReason | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { description: 'When the current signing secret was made.' })
  secretRotatedAt!: Date;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => WebhookAttemptStatusEnum, { nullable: true })
  lastAttemptStatus!: WebhookAttemptStatus | null;

  @Field(() => Int, { nullable: true })
  lastResponseCode!: number | null;
}

export const WebhookEndpointConnection = connectionOf(WebhookEndpointType, 'WebhookEndpoint');

@ObjectType('RotatedWebhookSecret')
export class RotatedWebhookSecretType {
  @Field(() => WebhookEndpointType)
  endpoint!: WebhookEndpointType;

  @Field(() => String, { description: 'The new `whsec_…` secret; the old one no longer signs.' })
  secret!: string;
}

@ObjectType('SentWebhookEvent')
export class SentWebhookEventType {
  @Field(() => String, { description: 'The `webhook-id` header the receiver will see.' })
  messageId!: string;

  @Field(() => String)
  eventType!: string;
}

export const toWebhookEndpointType = (e: WebhookEndpointEntity): WebhookEndpointType =>
  Object.assign(new WebhookEndpointType(), {
    id: e.id,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    enabled: e.enabled,
    disabledReason: e.enabled ? null : (e.disabledReason ?? 'MANUAL'),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    secretRotatedAt: e.secretRotatedAt,
    lastAttemptAt: e.lastAttemptAt ?? null,
    lastAttemptStatus:
      e.lastAttemptSucceeded == null ? null : e.lastAttemptSucceeded ? 'SUCCEEDED' : 'FAILED',
    lastResponseCode: e.lastResponseCode ?? null,
  });
