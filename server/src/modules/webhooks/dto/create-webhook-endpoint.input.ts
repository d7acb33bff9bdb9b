import { Field, InputType } from 'type-graphql';

@InputType('CreateWebhookEndpointInput')
export class CreateWebhookEndpointInputType {
  @Field(() => String, { description: 'https:// (http:// on development servers only).' })
  url!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { description: 'Event types from `webhookCatalogue`.' })
  eventTypes!: string[];

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean;
}
