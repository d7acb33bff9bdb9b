import { z } from 'zod';
import { coded } from './common.schema.js';
import { mailboxPasswordSchema } from './domain.schema.js';

/** Quota tiers in GB (DESIGN §3): 1–8 for everyone, 16 and 25 for resellers. */
export const QUOTA_TIERS_GB = [1, 2, 3, 4, 5, 6, 7, 8, 16, 25] as const;
export const RESELLER_ONLY_TIERS_GB: readonly number[] = [16, 25];
export const DEFAULT_QUOTA_GB = 8;
/** The postmaster mailbox of every domain has this fixed quota. */
export const POSTMASTER_QUOTA_MB = 50;
export const POSTMASTER_LOCAL_PART = 'postmaster';

// RFC 5321 dot-atom: atoms of atext joined by single dots, at most 64 octets.
const DOT_ATOM = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

export const localPartSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, coded('REQUIRED', 'Required'))
  .refine(
    (v) => new TextEncoder().encode(v).length <= 64,
    coded('TOO_LONG', 'At most 64 characters'),
  )
  .refine(
    (v) => DOT_ATOM.test(v),
    coded(
      'INVALID_FORMAT',
      'Letters, digits and . _ - + only; no dot at the start, the end or twice',
    ),
  );

export const forwardAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, coded('TOO_LONG', 'At most 254 characters'))
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, coded('INVALID_FORMAT', 'Not a valid e-mail address'));

export const mailboxServicesSchema = z.object({
  pop: z.boolean().default(true),
  imap: z.boolean().default(true),
  smtp: z.boolean().default(true),
  webmail: z.boolean().default(true),
});

export const autoresponderSchema = z
  .object({
    enabled: z.boolean(),
    subject: z.string().trim().max(200, coded('TOO_LONG', 'At most 200 characters')).default(''),
    body: z.string().max(10_000, coded('TOO_LONG', 'At most 10,000 characters')).default(''),
    startsAt: z.date().nullish(),
    endsAt: z.date().nullish(),
  })
  .refine((v) => !v.enabled || v.body.trim().length > 0, {
    path: ['body'],
    ...coded('REQUIRED', 'Write the reply text'),
  })
  .refine((v) => !(v.startsAt && v.endsAt) || v.startsAt < v.endsAt, {
    path: ['endsAt'],
    ...coded('INVALID_VALUE', 'Must be after the start'),
  });
export type AutoresponderInput = z.input<typeof autoresponderSchema>;

export const createMailboxInputSchema = z
  .object({
    localPart: localPartSchema,
    password: mailboxPasswordSchema.optional(),
    /** A `$1$`/`$6$` hash instead of a password (checked by the server). */
    passwordHash: z.string().max(300).optional(),
    firstName: z.string().trim().max(80, coded('TOO_LONG', 'At most 80 characters')).optional(),
    lastName: z.string().trim().max(80, coded('TOO_LONG', 'At most 80 characters')).optional(),
    quotaGb: z
      .number()
      .refine(
        (v) => (QUOTA_TIERS_GB as readonly number[]).includes(v),
        coded('INVALID_VALUE', 'Choose one of the quota tiers'),
      )
      .optional(),
    forwards: z
      .array(forwardAddressSchema)
      .max(20, coded('TOO_LONG', 'At most 20 forwards'))
      .default([]),
    keepCopy: z.boolean().default(true),
    services: mailboxServicesSchema.default({ pop: true, imap: true, smtp: true, webmail: true }),
  })
  .refine((v) => Boolean(v.password) !== Boolean(v.passwordHash), {
    path: ['password'],
    ...coded('REQUIRED', 'Give a password (or a password hash)'),
  });
export type CreateMailboxInput = z.input<typeof createMailboxInputSchema>;

export const updateMailboxInputSchema = z.object({
  password: mailboxPasswordSchema.optional(),
  firstName: z.string().trim().max(80, coded('TOO_LONG', 'At most 80 characters')).nullish(),
  lastName: z.string().trim().max(80, coded('TOO_LONG', 'At most 80 characters')).nullish(),
  quotaGb: z.number().optional(),
  forwards: z
    .array(forwardAddressSchema)
    .max(20, coded('TOO_LONG', 'At most 20 forwards'))
    .optional(),
  keepCopy: z.boolean().optional(),
  services: mailboxServicesSchema.partial().optional(),
  autoresponder: autoresponderSchema.optional(),
  /** Panels switch a mailbox between these two; BLOCKED and SUSPENDED come from plans and billing. */
  state: z
    .enum(
      ['ACTIVE', 'DISABLED'],
      coded('INVALID_VALUE', 'A mailbox can only be set ACTIVE or DISABLED'),
    )
    .optional(),
});
export type UpdateMailboxInput = z.input<typeof updateMailboxInputSchema>;

export const aliasInputSchema = z.object({
  localPart: localPartSchema,
  destinations: z
    .array(forwardAddressSchema)
    .min(1, coded('REQUIRED', 'Add at least one destination'))
    .max(50, coded('TOO_LONG', 'At most 50 destinations'))
    .transform((list) => [...new Set(list)]),
});
export type AliasInput = z.input<typeof aliasInputSchema>;

/** What a mailbox owner may change about their own mailbox, and nothing else. */
export const updateMyMailboxInputSchema = z
  .object({
    currentPassword: z.string().max(200).optional(),
    newPassword: mailboxPasswordSchema.optional(),
    forwards: z
      .array(forwardAddressSchema)
      .max(20, coded('TOO_LONG', 'At most 20 forwards'))
      .optional(),
    keepCopy: z.boolean().optional(),
    autoresponder: autoresponderSchema.optional(),
  })
  .refine((v) => !v.newPassword || Boolean(v.currentPassword), {
    path: ['currentPassword'],
    ...coded('REQUIRED', 'Required'),
  });
export type UpdateMyMailboxInput = z.input<typeof updateMyMailboxInputSchema>;
