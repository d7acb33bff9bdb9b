import { Box, Stack, Typography } from '@mui/material';
import type { DomainState, MxDomainAliasFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { DomainAliasStateChip } from '../domain-aliases/domain-alias-state-chip.component';
import { MxCheckFailureAlert, MxCheckNowButton } from './mx-check-now.component';
import { MxSeverityIcon } from './mx-severity-icon.component';
import { mxMatters } from './mx-status';
import { mxVerdict } from './mx-verdict';
import { useMxCheckNow } from './use-mx-check-now.hook';

/**
 * One domain alias in the MX tab: its status in words beside its icon, what is
 * wrong in short (the records to publish are the domain's, shown above), when
 * it was checked, and "check now".
 */
export const MxAliasCheckRow = ({
  alias,
  domainState,
  onCheck,
}: {
  alias: MxDomainAliasFragment;
  domainState: DomainState;
  onCheck: (id: string) => Promise<MxDomainAliasFragment | undefined>;
}) => {
  const { t, locale } = useI18n();
  const a = t.mx.aliasChecks;
  const { checking, failure, checkNow } = useMxCheckNow(() => onCheck(alias.id));
  const check = alias.mxCheck;
  const matters = mxMatters(alias.state, domainState);
  const verdict = mxVerdict(check, alias.name, matters, t);
  const detail =
    check.status === 'WRONG' && verdict.foreignHosts.length
      ? a.foreign(verdict.foreignHosts.join(', '))
      : check.status === 'MISSING' && check.nameMissing
        ? a.nameMissing
        : null;

  return (
    <Stack
      component="li"
      spacing={1.5}
      sx={{ p: 2, '& + &': { borderTop: 1, borderColor: 'divider' } }}
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Box sx={{ display: 'flex', gap: 1.5, flex: '1 1 280px', minWidth: 0 }}>
          <Box sx={{ pt: 0.25 }}>
            <MxSeverityIcon severity={verdict.severity} />
          </Box>
          <Box sx={{ minWidth: 0 }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography component="h3" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {alias.name}
              </Typography>
              {alias.state !== 'ACTIVE' ? <DomainAliasStateChip state={alias.state} /> : null}
            </Box>
            {alias.asciiName !== alias.name ? (
              <Typography variant="body2" color="text.secondary">
                {alias.asciiName}
              </Typography>
            ) : null}
            <Typography sx={{ mt: 0.5 }} data-testid="mx-alias-status">
              {verdict.title}
            </Typography>
            {detail ? (
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {detail}
              </Typography>
            ) : null}
            {matters ? null : (
              <Typography variant="body2" color="text.secondary">
                {a.notActive}
              </Typography>
            )}
            <Box role="status" aria-live="polite">
              {checking ? <Typography variant="body2">{t.mx.checking}</Typography> : null}
              <Typography variant="body2" color="text.secondary">
                {check.checkedAt
                  ? t.mx.lastCheck(formatDateTime(check.checkedAt, locale))
                  : t.mx.neverChecked}
              </Typography>
            </Box>
          </Box>
        </Box>
        <MxCheckNowButton
          checking={checking}
          onClick={() => void checkNow()}
          label={a.checkNow(alias.name)}
        />
      </Box>
      <MxCheckFailureAlert failure={failure} />
    </Stack>
  );
};
