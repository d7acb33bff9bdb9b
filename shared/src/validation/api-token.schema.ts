import { z } from 'zod';
import { API_TOKEN_SCOPES } from '../auth/permissions.js';
import { coded, nameSchema } from './common.schema.js';

export const createApiTokenInputSchema = z.object({
  name: nameSchema,
  scopes: z
    .array(z.enum(API_TOKEN_SCOPES, coded('INVALID_VALUE', 'Unknown scope')))
    .min(1, coded('REQUIRED', 'Choose at least one scope'))
    .transform((list) => [...new Set(list)]),
  expiresAt: z
    .date()
    .refine((d) => d.getTime() > Date.now(), coded('INVALID_VALUE', 'Must be in the future'))
    .nullish(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInputSchema>;
