import type { NotificationSettingsFieldsFragment } from '../../gql/graphql';

/** A customer's notification settings as the server first gives them, changed by `over`. */
export const testNotificationSettings = (
  over: Partial<NotificationSettingsFieldsFragment> = {},
): NotificationSettingsFieldsFragment => ({
  __typename: 'NotificationSettings',
  quotaEmailEnabled: false,
  quotaEmailRecipients: [],
  quotaWebhookEnabled: true,
  mxEmailEnabled: true,
  ...over,
});
