import { wrap } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { graphqlEnum } from '../../infra/graphql/enum.js';
import type { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDeliveryStatus,
} from './webhook-delivery.entity.js';
import { WebhookAttemptStatusEnum, type WebhookAttemptStatus } from './webhook-endpoint.type.js';

export const WebhookDeliveryStatusEnum = graphqlEnum(
  WEBHOOK_DELIVERY_STATUSES,
  'WebhookDeliveryStatus',
  'PENDING: will be tried again at nextAttemptAt; SUCCEEDED; FAILED: gave up; CANCELLED: the endpoint was disabled.',
);

@ObjectType('WebhookDeliveryAttempt', {
  description: 'One HTTP request of one event to one endpoint: a line of the delivery log.',
})
export class WebhookDeliveryAttemptType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The `webhook-id` header: the same on every attempt.' })
  messageId!: string;

  @Field(() => String)
  eventType!: string;

  @Field(() => Int, { description: '1 for the first try.' })
  attempt!: number;

  @Field(() => WebhookAttemptStatusEnum)
  status!: WebhookAttemptStatus;

  @Field(() => Int, { nullable: true, description: 'Null when no answer came.' })
  responseCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where the event stands now.' })
  deliveryStatus!: WebhookDeliveryStatus;

  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;
}

export const WebhookDeliveryAttemptConnection = connectionOf(
  WebhookDeliveryAttemptType,
  'WebhookDeliveryAttempt',
);

/** `delivery` must be loaded. */
export const toWebhookDeliveryAttemptType = (
  e: WebhookAttemptEntity,
): WebhookDeliveryAttemptType => {
  if (!wrap(e.delivery).isInitialized()) throw new Error('attempt.delivery is not loaded');
  return Object.assign(new WebhookDeliveryAttemptType(), {
    id: e.id,
    messageId: e.delivery.messageId,
    eventType: e.delivery.eventType,
    attempt: e.attempt,
    status: e.succeeded ? 'SUCCEEDED' : 'FAILED',
    responseCode: e.responseCode ?? null,
    latencyMs: e.latencyMs,
    error: e.error ?? null,
    createdAt: e.createdAt,
    deliveryStatus: e.delivery.status,
    nextAttemptAt: e.delivery.status === 'PENDING' ? (e.delivery.nextAttemptAt ?? null) : null,
  });
};
