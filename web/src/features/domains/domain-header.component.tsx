import { Box, Chip, Typography } from '@mui/material';
import HourglassEmptyOutlined from '@mui/icons-material/HourglassEmptyOutlined';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import type { DomainRowFragment } from '../../gql/graphql';
import { formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { MxProblemChip } from '../mx/mx-problem-chip.component';
import { useViewer } from '../auth/session.context';
import { domainAccess } from './domain-access';
import { DomainStateActions } from './domain-state-actions.component';
import { DomainStateNotice } from './domain-state-notice.component';
import {
  CustomerSuspendedChip,
  DomainStateChip,
  useVerificationText,
} from './domain-state.component';

/**
 * Name (Unicode, with its DNS form), customer, state, a DNS problem if its MX
 * records have one, ownership and the mailbox allowance; the state changes the viewer may make, and why mail is off if it is.
 */
export const DomainHeader = ({ domain }: { domain: DomainRowFragment }) => {
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const verification = useVerificationText(domain);
  const subtitle = [
    domain.asciiName !== domain.name ? domain.asciiName : null,
    domainAccess(viewer).picksCustomer ? domain.customer?.name : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const remaining =
    domain.remainingMailboxes === null || domain.remainingMailboxes === undefined
      ? null
      : formatNumber(domain.remainingMailboxes, locale);
  return (
    <Box sx={{ mb: 2 }}>
      <PageHeader
        title={domain.name}
        subtitle={subtitle || undefined}
        actions={<DomainStateActions domain={domain} />}
      />
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mt: -1.5 }}
        data-testid="domain-summary"
      >
        <DomainStateChip state={domain.state} />
        {domain.customerSuspended ? <CustomerSuspendedChip /> : null}
        <MxProblemChip id={domain.id} state={domain.state} mxCheck={domain.mxCheck} />
        {verification ? (
          <Chip
            size="small"
            variant="outlined"
            sx={{
              '& .MuiChip-icon': { color: domain.verifiedAt ? 'success.main' : 'warning.dark' },
            }}
            icon={
              domain.verifiedAt ? (
                <VerifiedOutlined aria-hidden />
              ) : (
                <HourglassEmptyOutlined aria-hidden />
              )
            }
            label={verification}
          />
        ) : null}
        <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, px: 0.5 }}>
          <InboxOutlined fontSize="small" color="action" aria-hidden />
          <Typography variant="body2" color="text.secondary">
            {t.domains.allowance(
              domain.mailboxCount,
              formatNumber(domain.mailboxCount, locale),
              remaining,
            )}
          </Typography>
        </Box>
      </Box>
      <DomainStateNotice domain={domain} />
    </Box>
  );
};
