import { z } from 'zod';
import { normaliseDomainName } from '../domains/domain-name.js';
import { coded } from './common.schema.js';

/** The guide's rule for postmaster (and mailbox) passwords: 8+ characters, a letter and a digit. */
export const mailboxPasswordSchema = z
  .string()
  .min(8, coded('TOO_SHORT', 'At least 8 characters'))
  .max(200, coded('TOO_LONG', 'At most 200 characters'))
  .refine(
    (v) => /[A-Za-z]/.test(v) && /\d/.test(v),
    coded('WEAK_PASSWORD', 'Use at least one letter and one digit'),
  );

export const createDomainInputSchema = z
  .object({
    name: z.string().max(300, coded('TOO_LONG', 'At most 253 characters')),
    postmasterPassword: mailboxPasswordSchema,
    /** Set when the person confirmed that a `www.` prefix is intended. */
    allowWww: z.boolean().default(false),
  })
  .transform((v, ctx) => {
    const r = normaliseDomainName(v.name, { allowIdn: false, allowWww: v.allowWww });
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', path: ['name'], ...coded(r.code, r.message) });
      return z.NEVER;
    }
    return { ...v, name: r.ascii };
  });
export type CreateDomainInput = z.input<typeof createDomainInputSchema>;

export const VERIFICATION_MAILBOXES = ['postmaster', 'hostmaster', 'webmaster', 'info'] as const;
export type VerificationMailbox = (typeof VERIFICATION_MAILBOXES)[number];

export const verificationCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, coded('INVALID_FORMAT', 'The code has 6 digits'));

export const createDomainAliasInputSchema = z
  .object({
    name: z.string().max(300, coded('TOO_LONG', 'At most 253 characters')),
    allowWww: z.boolean().default(false),
  })
  .transform((v, ctx) => {
    // Aliases may be internationalised (the only place IDN names are allowed).
    const r = normaliseDomainName(v.name, { allowIdn: true, allowWww: v.allowWww });
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', path: ['name'], ...coded(r.code, r.message) });
      return z.NEVER;
    }
    return { name: r.ascii };
  });
export type CreateDomainAliasInput = z.input<typeof createDomainAliasInputSchema>;
