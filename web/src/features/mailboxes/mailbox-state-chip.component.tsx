import type { MailboxState } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { StatusChip } from '../../lib/ui/status-chip.component';

const TONES = {
  ACTIVE: 'success',
  BLOCKED: 'error',
  SUSPENDED: 'warning',
  DISABLED: 'default',
} as const satisfies Record<MailboxState, string>;

export const MailboxStateChip = ({ state }: { state: MailboxState }) => {
  const { t } = useI18n();
  return <StatusChip label={t.mailboxes.states[state]} tone={TONES[state]} />;
};
