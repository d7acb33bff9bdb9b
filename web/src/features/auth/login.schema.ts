import { coded, loginInputSchema } from '@casella/shared';
import { z } from 'zod';

export type LoginMode = 'panel' | 'mailbox';

export const panelLoginSchema = loginInputSchema;

/** Mailbox owners type `user` + `domain`, or the full address in the first box. */
export const mailboxLoginSchema = z
  .object({
    user: z.string().trim().min(1, coded('REQUIRED', 'Required')),
    domain: z.string().trim(),
    password: z.string().min(1, coded('REQUIRED', 'Required')),
  })
  .superRefine((v, ctx) => {
    if (!v.user.includes('@') && v.domain === '') {
      ctx.addIssue({ code: 'custom', path: ['domain'], ...coded('REQUIRED', 'Required') });
    }
  });

export type MailboxLoginValues = z.input<typeof mailboxLoginSchema>;

/** The `login` the API receives for a mailbox: always the full address. */
export const mailboxAddress = ({ user, domain }: { user: string; domain: string }): string => {
  const u = user.trim().toLowerCase();
  if (u.includes('@')) return u;
  return `${u}@${domain.trim().toLowerCase().replace(/^@/, '')}`;
};
