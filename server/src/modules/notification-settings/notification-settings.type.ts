import { Field, InputType, ObjectType } from 'type-graphql';
import type { NotificationSettingsEntity } from './notification-settings.entity.js';

@ObjectType('NotificationSettings', {
  description:
    "How the customer hears of its mailboxes' quotas: above 80 %, above 95 %, back below 75 %.",
})
export class NotificationSettingsType {
  @Field(() => Boolean)
  quotaEmailEnabled!: boolean;

  @Field(() => [String])
  quotaEmailRecipients!: string[];

  @Field(() => Boolean, {
    description: 'Quota events go to the webhook endpoints subscribed to them.',
  })
  quotaWebhookEnabled!: boolean;
}

@InputType('NotificationSettingsInput')
export class NotificationSettingsInputType {
  @Field(() => Boolean)
  quotaEmailEnabled!: boolean;

  @Field(() => [String])
  quotaEmailRecipients!: string[];

  @Field(() => Boolean)
  quotaWebhookEnabled!: boolean;
}

export const toNotificationSettingsType = (
  e: NotificationSettingsEntity,
): NotificationSettingsType =>
  Object.assign(new NotificationSettingsType(), {
    quotaEmailEnabled: e.quotaEmailEnabled,
    quotaEmailRecipients: e.quotaEmailRecipients,
    quotaWebhookEnabled: e.quotaWebhookEnabled,
  });
