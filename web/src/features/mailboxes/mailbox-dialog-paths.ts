import { AUTORESPONDER_FIELD_PATHS } from '../my-mailbox/autoresponder-fields.component';
import { forwardsFieldPaths } from '../my-mailbox/forwards-fields.component';
import { SERVICES } from './mailbox-form.schema';

/** The controls both mailbox dialogs have that a server field error can land on. */
export const mailboxFieldPaths = (forwards: readonly string[]) => [
  'password' as const,
  'firstName' as const,
  'lastName' as const,
  'quotaGb' as const,
  ...SERVICES.map((s) => `services.${s}` as const),
  ...forwardsFieldPaths(forwards),
  ...AUTORESPONDER_FIELD_PATHS,
];
