import { Box, Tooltip } from '@mui/material';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import type { DomainState, VerificationMethod } from '../../gql/graphql';
import { formatDate } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { StatusChip } from '../../lib/ui/status-chip.component';

/** How often a page showing a domain being set up asks again. */
export const UPDATING_POLL_MS = 2000;

const TONES: Record<DomainState, 'success' | 'warning' | 'default' | 'error'> = {
  ACTIVE: 'success',
  AWAITING_VERIFICATION: 'warning',
  UPDATING: 'default',
  DISABLED: 'default',
  SUSPENDED: 'warning',
  ERROR: 'error',
};

export const DomainStateChip = ({ state }: { state: DomainState }) => {
  const { t } = useI18n();
  return <StatusChip label={t.domains.states[state]} tone={TONES[state]} />;
};

/** The customer (or its reseller) is suspended: none of its domains are served. */
export const CustomerSuspendedChip = () => {
  const { t } = useI18n();
  return <StatusChip label={t.domains.customerSuspended} tone="warning" />;
};

export interface VerificationFacts {
  state: DomainState;
  verifiedBy?: VerificationMethod | null;
  verifiedAt?: string | null;
}

/** How ownership was proven, or that it still has to be; null when neither applies. */
export const useVerificationText = (d: VerificationFacts): string | null => {
  const { t, locale } = useI18n();
  if (d.verifiedAt) {
    const date = formatDate(d.verifiedAt, locale);
    return d.verifiedBy === 'EMAIL'
      ? t.domains.verifiedByEmail(date)
      : t.domains.verifiedByDns(date);
  }
  return d.state === 'AWAITING_VERIFICATION' ? t.domains.verificationPending : null;
};

/** A small icon beside the state: verified (how, when) or awaiting, told in its tooltip. */
export const VerificationIcon = (d: VerificationFacts) => {
  const text = useVerificationText(d);
  if (!text) return null;
  const Icon = d.verifiedAt ? VerifiedOutlined : HourglassEmptyOutlined;
  return (
    <Tooltip title={text}>
      <Box
        component="span"
        role="img"
        aria-label={text}
        tabIndex={0}
        sx={{ display: 'inline-flex', color: d.verifiedAt ? 'success.main' : 'warning.dark' }}
      >
        <Icon fontSize="small" aria-hidden />
      </Box>
    </Tooltip>
  );
};
