import {
  createMailboxInputSchema,
  mailboxPasswordSchema,
  mailboxServicesSchema,
} from '@casella/shared';
import { z } from 'zod';
import type { CreateMailboxInput, MailboxRowFragment, UpdateMailboxInput } from '../../gql/graphql';
import {
  autoresponderFieldsSchema,
  toAutoresponderFields,
  toAutoresponderInput,
} from '../my-mailbox/autoresponder.schema';
import { forwardsFormSchema } from '../my-mailbox/forwards.schema';

const shape = createMailboxInputSchema.shape;

// What both mailbox dialogs edit, with the shared rules; empty names mean "none".
const mailboxFields = {
  firstName: shape.firstName.unwrap(),
  lastName: shape.lastName.unwrap(),
  services: mailboxServicesSchema.required(),
  ...forwardsFormSchema.shape,
  autoresponder: autoresponderFieldsSchema,
};

export const createMailboxFormSchema = z.object({
  localPart: shape.localPart,
  password: mailboxPasswordSchema,
  quotaGb: shape.quotaGb.unwrap(),
  ...mailboxFields,
});
export type CreateMailboxFormInput = z.input<typeof createMailboxFormSchema>;
export type CreateMailboxFormValues = z.output<typeof createMailboxFormSchema>;

export const editMailboxFormSchema = z.object({
  // Empty keeps the current password.
  password: z.union([z.literal(''), mailboxPasswordSchema]),
  // Null: not a tier (the postmaster's 50 MB), left as it is.
  quotaGb: shape.quotaGb.unwrap().nullable(),
  state: z.enum(['ACTIVE', 'BLOCKED', 'SUSPENDED', 'DISABLED']),
  ...mailboxFields,
});
export type EditMailboxFormInput = z.input<typeof editMailboxFormSchema>;
export type EditMailboxFormValues = z.output<typeof editMailboxFormSchema>;

export const SERVICES = ['pop', 'imap', 'smtp', 'webmail'] as const;
export type Service = (typeof SERVICES)[number];

const ALL_ON = { pop: true, imap: true, smtp: true, webmail: true };

/** A new mailbox's form, starting from the domain's default quota. */
export const emptyMailboxForm = (quotaGb: number): CreateMailboxFormInput => ({
  localPart: '',
  password: '',
  firstName: '',
  lastName: '',
  quotaGb,
  services: ALL_ON,
  forwards: [],
  keepCopy: true,
  autoresponder: toAutoresponderFields({ enabled: false, subject: '', body: '' }),
});

export const toCreateInput = (
  domainId: string,
  v: CreateMailboxFormValues,
): CreateMailboxInput => ({
  domainId,
  localPart: v.localPart,
  password: v.password,
  ...(v.firstName ? { firstName: v.firstName } : {}),
  ...(v.lastName ? { lastName: v.lastName } : {}),
  quotaGb: v.quotaGb,
  forwards: v.forwards,
  keepCopy: v.keepCopy,
  services: v.services,
});

/** The quota tier of a mailbox, or null when its quota is not a whole tier. */
export const tierOf = (quotaMb: number): number | null =>
  quotaMb % 1024 === 0 ? quotaMb / 1024 : null;

export const toEditForm = (m: MailboxRowFragment): EditMailboxFormInput => ({
  password: '',
  quotaGb: m.isPostmaster ? null : tierOf(m.quotaMb),
  state: m.state,
  firstName: m.firstName ?? '',
  lastName: m.lastName ?? '',
  services: {
    pop: m.services.pop,
    imap: m.services.imap,
    smtp: m.services.smtp,
    webmail: m.services.webmail,
  },
  forwards: [...m.forwards],
  keepCopy: m.keepCopy,
  autoresponder: toAutoresponderFields(m.autoresponder),
});

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Only what changed, so a login that may change passwords but not edit
 * mailboxes (or a customer facing a 16 GB mailbox) is asked for nothing more.
 */
export const toUpdateInput = (
  m: MailboxRowFragment,
  v: EditMailboxFormValues,
  may: { edit: boolean; changePassword: boolean },
): UpdateMailboxInput => {
  const input: UpdateMailboxInput = {};
  if (may.changePassword && v.password) input.password = v.password;
  if (!may.edit) return input;
  const before = toEditForm(m);
  if (v.firstName !== before.firstName) input.firstName = v.firstName;
  if (v.lastName !== before.lastName) input.lastName = v.lastName;
  if (v.quotaGb !== null && v.quotaGb !== before.quotaGb) input.quotaGb = v.quotaGb;
  if (v.state !== m.state && (v.state === 'ACTIVE' || v.state === 'DISABLED'))
    input.state = v.state;
  const services = SERVICES.filter((s) => v.services[s] !== m.services[s]);
  if (services.length) input.services = Object.fromEntries(services.map((s) => [s, v.services[s]]));
  if (!sameList(v.forwards, m.forwards)) input.forwards = v.forwards;
  if (v.keepCopy !== m.keepCopy) input.keepCopy = v.keepCopy;
  const reply = toAutoresponderInput({ autoresponder: v.autoresponder });
  const was = toAutoresponderInput({ autoresponder: before.autoresponder });
  if ((Object.keys(reply) as (keyof typeof reply)[]).some((k) => reply[k] !== was[k]))
    input.autoresponder = reply;
  return input;
};
