import { webhookEndpointInputSchema } from '@casella/shared';
import type { z } from 'zod';

/** The shared endpoint rules; http:// only when the server says it is a development one. */
export const webhookEndpointFormSchema = (httpAllowed: boolean) =>
  webhookEndpointInputSchema({ allowHttp: httpAllowed });

type Schema = ReturnType<typeof webhookEndpointFormSchema>;
export type WebhookEndpointFormInput = z.input<Schema>;
export type WebhookEndpointFormValues = z.output<Schema>;
