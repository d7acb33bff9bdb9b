import { z } from 'zod';
import { coded, panelPasswordSchema } from './common.schema.js';

export const loginInputSchema = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, coded('REQUIRED', 'Required'))
    .max(254, coded('TOO_LONG', 'At most 254 characters')),
  password: z
    .string()
    .min(1, coded('REQUIRED', 'Required'))
    .max(200, coded('TOO_LONG', 'At most 200 characters')),
  /** Mailbox owners and postmasters: the domain, when `login` is only the user part. */
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253, coded('TOO_LONG', 'At most 253 characters'))
    .optional(),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1, coded('REQUIRED', 'Required')).max(200),
    newPassword: panelPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    ...coded('INVALID_VALUE', 'The new password must differ from the current one'),
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;
