import { Field, InputType, ObjectType } from 'type-graphql';
import type { NotificationSettingsEntity } from './notification-settings.entity.js';

@ObjectType('NotificationSettings', {
  description:
    "How the customer hears of its mailboxes' quotas (above 80 %, above 95 %, back below 75 %) and of its domains' MX problems.",
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

  @Field(() => Boolean, {
    description:
      "An active domain's MX problem, and its fix, are e-mailed to the customer's contact address (on by default).",
  })
  mxEmailEnabled!: boolean;
}

@InputType('NotificationSettingsInput')
export class NotificationSettingsInputType {
  @Field(() => Boolean)
  quotaEmailEnabled!: boolean;

  @Field(() => [String])
  quotaEmailRecipients!: string[];

  @Field(() => Boolean)
  quotaWebhookEnabled!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Left out: unchanged.' })
  mxEmailEnabled?: boolean | null;
}

export const toNotificationSettingsType = (
  e: NotificationSettingsEntity,
): NotificationSettingsType =>
  Object.assign(new NotificationSettingsType(), {
    quotaEmailEnabled: e.quotaEmailEnabled,
    quotaEmailRecipients: e.quotaEmailRecipients,
    quotaWebhookEnabled: e.quotaWebhookEnabled,
    mxEmailEnabled: e.mxEmailEnabled,
  });
