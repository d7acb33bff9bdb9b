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

/** An IPv4/IPv6 address or network (CIDR) allowed to use POP/IMAP/SMTP. */
const ipOrNetwork = z
  .string()
  .trim()
  .refine(
    (v) => {
      const [ip, bits, extra] = v.split('/');
      if (extra !== undefined || !ip) return false;
      const v4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(ip);
      const v6 =
        !v4 &&
        ip.includes(':') &&
        /^[0-9a-fA-F:.]+$/.test(ip) &&
        (ip.match(/::/g) ?? []).length <= 1;
      if (!v4 && !v6) return false;
      if (bits === undefined) return true;
      const n = Number(bits);
      return /^\d{1,3}$/.test(bits) && n >= 0 && n <= (v4 ? 32 : 128);
    },
    coded('INVALID_FORMAT', 'An IP address or network, e.g. 203.0.113.4 or 203.0.113.0/24'),
  );

export const domainSettingsInputSchema = z.object({
  /** Applies a profile: its limits, quotas and services are copied onto the domain. */
  profileId: z.string().nullish(),
  maxMailboxes: z
    .number()
    .int()
    .min(0, coded('INVALID_VALUE', 'Must be 0 or more'))
    .max(100000)
    .nullish(),
  maxQuotaGb: z.number().int().nullish(),
  defaultQuotaGb: z.number().int().optional(),
  services: z
    .object({ pop: z.boolean(), imap: z.boolean(), smtp: z.boolean(), webmail: z.boolean() })
    .partial()
    .optional(),
  allowedIps: z
    .array(ipOrNetwork)
    .max(5, coded('TOO_LONG', 'At most 5 addresses or networks'))
    .optional(),
  catchAll: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, coded('INVALID_FORMAT', 'Not a valid e-mail address'))
    .nullish(),
});
export type DomainSettingsInput = z.input<typeof domainSettingsInputSchema>;

export const organisationLimitsInputSchema = z.object({
  maxDomains: z
    .number()
    .int()
    .min(0, coded('INVALID_VALUE', 'Must be 0 or more'))
    .max(1_000_000)
    .nullish(),
  maxMailboxes: z
    .number()
    .int()
    .min(0, coded('INVALID_VALUE', 'Must be 0 or more'))
    .max(10_000_000)
    .nullish(),
  trialEndsAt: z.date().nullish(),
});
export type OrganisationLimitsInput = z.input<typeof organisationLimitsInputSchema>;

export const domainProfileInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, coded('REQUIRED', 'Required'))
    .max(80, coded('TOO_LONG', 'At most 80 characters')),
  maxMailboxes: z
    .number()
    .int()
    .min(0, coded('INVALID_VALUE', 'Must be 0 or more'))
    .max(100000)
    .nullish(),
  maxQuotaGb: z.number().int().nullish(),
  defaultQuotaGb: z.number().int().default(8),
  services: z
    .object({ pop: z.boolean(), imap: z.boolean(), smtp: z.boolean(), webmail: z.boolean() })
    .default({ pop: true, imap: true, smtp: true, webmail: true }),
});
export type DomainProfileInput = z.input<typeof domainProfileInputSchema>;
