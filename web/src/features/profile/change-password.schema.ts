import { changePasswordInputSchema, coded } from '@casella/shared';
import { z } from 'zod';

/** The shared rule plus a repeat box that must match. */
export const changePasswordFormSchema = z
  .object({
    currentPassword: z.string(),
    newPassword: z.string(),
    confirmPassword: z.string(),
  })
  .superRefine((v, ctx) => {
    const shared = changePasswordInputSchema.safeParse(v);
    if (!shared.success)
      for (const issue of shared.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
    if (v.confirmPassword !== v.newPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmPassword'],
        ...coded('MISMATCH', 'The passwords do not match'),
      });
    }
  });
export type ChangePasswordFormValues = z.input<typeof changePasswordFormSchema>;
