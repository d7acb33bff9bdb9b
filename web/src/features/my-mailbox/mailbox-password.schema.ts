import { coded, updateMyMailboxInputSchema } from '@casella/shared';
import { z } from 'zod';

/** The shared mailbox password rule (through the self-service schema) plus a matching repeat. */
export const mailboxPasswordFormSchema = z
  .object({
    currentPassword: z.string(),
    newPassword: z.string(),
    confirmPassword: z.string(),
  })
  .superRefine((v, ctx) => {
    const shared = updateMyMailboxInputSchema.safeParse({
      currentPassword: v.currentPassword || undefined,
      newPassword: v.newPassword,
    });
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
export type MailboxPasswordFormValues = z.input<typeof mailboxPasswordFormSchema>;
