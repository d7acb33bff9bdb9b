import type { DomainState } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { StatusChip } from '../../lib/ui/status-chip.component';

const TONES = {
  ACTIVE: 'success',
  AWAITING_VERIFICATION: 'warning',
  UPDATING: 'default',
  DISABLED: 'default',
  SUSPENDED: 'warning',
  ERROR: 'error',
} as const satisfies Record<DomainState, string>;

export const DomainAliasStateChip = ({ state }: { state: DomainState }) => {
  const { t } = useI18n();
  return <StatusChip label={t.domainAliases.states[state]} tone={TONES[state]} />;
};
