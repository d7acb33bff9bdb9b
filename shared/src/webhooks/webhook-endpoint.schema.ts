import { z } from 'zod';
import { coded } from '../validation/common.schema.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';

/** The URL rules' messages, also sent by the server's address check; the SPA translates them. */
export const WEBHOOK_URL_MESSAGES = {
  invalid: 'Not a valid http(s) URL',
  httpsRequired: 'Use an https:// URL',
  credentials: 'Leave user name and password out of the URL',
  privateAddress: 'This address is private or reserved: webhooks go to public addresses only',
  unresolvable: 'This host name does not resolve',
} as const;

/** At most this many endpoints per organisation. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

/**
 * `allowHttp` is the server's answer (development only): outside development
 * a receiver must use TLS.
 */
export const webhookUrlSchema = ({ allowHttp }: { allowHttp: boolean }) =>
  z
    .string()
    .trim()
    .min(1, coded('REQUIRED', 'Required'))
    .max(2000, coded('TOO_LONG', 'At most 2000 characters'))
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', ...coded('INVALID_FORMAT', WEBHOOK_URL_MESSAGES.invalid) });
        return;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        ctx.addIssue({ code: 'custom', ...coded('INVALID_FORMAT', WEBHOOK_URL_MESSAGES.invalid) });
      } else if (url.protocol === 'http:' && !allowHttp) {
        ctx.addIssue({
          code: 'custom',
          ...coded('NOT_ALLOWED', WEBHOOK_URL_MESSAGES.httpsRequired),
        });
      } else if (url.username || url.password) {
        ctx.addIssue({
          code: 'custom',
          ...coded('NOT_ALLOWED', WEBHOOK_URL_MESSAGES.credentials),
        });
      }
    });

export const webhookEventTypesSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, coded('INVALID_VALUE', 'Unknown event type')))
  .min(1, coded('REQUIRED', 'Choose at least one event'))
  .transform((list) => [...new Set(list)]);

const descriptionSchema = z.string().trim().max(200, coded('TOO_LONG', 'At most 200 characters'));

export const webhookEndpointInputSchema = (opts: { allowHttp: boolean }) =>
  z.object({
    url: webhookUrlSchema(opts),
    description: descriptionSchema.default(''),
    eventTypes: webhookEventTypesSchema,
    enabled: z.boolean().default(true),
  });
export type WebhookEndpointInput = z.input<ReturnType<typeof webhookEndpointInputSchema>>;

/** Changes to an endpoint: only the fields given (no defaults fill the others in). */
export const updateWebhookEndpointInputSchema = (opts: { allowHttp: boolean }) =>
  z.object({
    url: webhookUrlSchema(opts).optional(),
    description: descriptionSchema.optional(),
    eventTypes: webhookEventTypesSchema.optional(),
    enabled: z.boolean().optional(),
  });
export type UpdateWebhookEndpointInput = z.input<
  ReturnType<typeof updateWebhookEndpointInputSchema>
>;
