import { z } from 'zod';
import { LANGUAGES } from '../tenancy/organisation-kind.js';
import {
  coded,
  emailSchema,
  loginNameSchema,
  nameSchema,
  panelPasswordSchema,
} from './common.schema.js';

/** First admin login created together with a reseller or a customer. */
export const adminAccountSchema = z.object({
  login: loginNameSchema,
  password: panelPasswordSchema,
});

export const createOrganisationInputSchema = z.object({
  name: nameSchema,
  contactEmail: emailSchema,
  language: z.enum(LANGUAGES, coded('INVALID_VALUE', 'Unknown language')).default('it'),
  admin: adminAccountSchema,
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInputSchema>;

export const updateOrganisationInputSchema = z.object({
  name: nameSchema.optional(),
  contactEmail: emailSchema.optional(),
  language: z.enum(LANGUAGES, coded('INVALID_VALUE', 'Unknown language')).optional(),
});
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInputSchema>;
