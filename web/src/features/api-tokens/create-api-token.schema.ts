import { API_TOKEN_SCOPES, coded, createApiTokenInputSchema } from '@casella/shared';
import { z } from 'zod';

/** The shared schema, with the expiry typed as the date input's `yyyy-mm-dd` text. */
export const createApiTokenFormSchema = createApiTokenInputSchema.extend({
  scopes: z.array(z.enum(API_TOKEN_SCOPES)).min(1, coded('REQUIRED', 'Choose at least one scope')),
  expiresAt: z
    .string()
    .refine(
      (v) => v === '' || new Date(`${v}T23:59:59`).getTime() > Date.now(),
      coded('INVALID_VALUE', 'Must be in the future'),
    ),
});
export type CreateApiTokenFormValues = z.input<typeof createApiTokenFormSchema>;

/** End of the chosen day, local time, as the API's DateTime. */
export const expiryToIso = (day: string): string | null =>
  day ? new Date(`${day}T23:59:59`).toISOString() : null;
