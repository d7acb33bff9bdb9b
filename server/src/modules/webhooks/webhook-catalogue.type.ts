import { WEBHOOK_EVENT_CATALOGUE } from '@casella/shared';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('WebhookEventTypeInfo')
export class WebhookEventTypeInfoType {
  @Field(() => String)
  type!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('WebhookCatalogue', { description: 'What endpoints may subscribe to, and URL rules.' })
export class WebhookCatalogueType {
  @Field(() => [WebhookEventTypeInfoType])
  eventTypes!: WebhookEventTypeInfoType[];

  @Field(() => Boolean, {
    description: 'True when plain http:// URLs are accepted (development servers only).',
  })
  httpAllowed!: boolean;
}

export const webhookCatalogue = (httpAllowed: boolean): WebhookCatalogueType =>
  Object.assign(new WebhookCatalogueType(), {
    eventTypes: WEBHOOK_EVENT_CATALOGUE.map((e) =>
      Object.assign(new WebhookEventTypeInfoType(), e),
    ),
    httpAllowed,
  });
