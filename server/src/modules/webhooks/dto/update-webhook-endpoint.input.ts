import { Field, InputType } from 'type-graphql';

/** Only the fields given change. */
@InputType('UpdateWebhookEndpointInput')
export class UpdateWebhookEndpointInputType {
  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [String], { nullable: true })
  eventTypes?: string[];

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean;
}
