import { z } from 'zod';
import { coded, emailSchema } from '../validation/common.schema.js';

export const MAX_NOTICE_RECIPIENTS = 10;

/**
 * A customer's notices: quota notices by e-mail to some addresses and/or to its
 * webhook endpoints; MX notices by e-mail to its contact address (left out: unchanged).
 */
export const notificationSettingsInputSchema = z
  .object({
    quotaEmailEnabled: z.boolean(),
    quotaEmailRecipients: z
      .array(emailSchema)
      .max(MAX_NOTICE_RECIPIENTS, coded('TOO_LONG', `At most ${MAX_NOTICE_RECIPIENTS} addresses`))
      .transform((list) => [...new Set(list)]),
    quotaWebhookEnabled: z.boolean(),
    mxEmailEnabled: z.boolean().nullish(),
  })
  .refine((v) => !v.quotaEmailEnabled || v.quotaEmailRecipients.length > 0, {
    path: ['quotaEmailRecipients'],
    ...coded('REQUIRED', 'Add at least one address'),
  });
export type NotificationSettingsInput = z.input<typeof notificationSettingsInputSchema>;
