import { Box, Tooltip } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { DomainState, MxStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { MxSeverityIcon } from './mx-severity-icon.component';
import { mxFlag } from './mx-status';

/**
 * A small icon beside the state of an active domain (or domain alias) whose MX
 * records need a look: red when they send mail elsewhere or are missing, amber
 * when the DNS did not answer. Nothing when all is well or not known yet, to
 * keep lists calm. Given `to`, it links there (the MX tab, where the fix is).
 */
export const MxStatusIcon = ({
  state,
  mxCheck,
  domainState,
  to,
}: {
  state: DomainState;
  mxCheck: { status: MxStatus };
  /** For a domain alias: its domain's state, which must be active too. */
  domainState?: DomainState;
  to?: string;
}) => {
  const { t } = useI18n();
  const flag = mxFlag({ state, mxCheck }, domainState);
  if (!flag) return null;
  const failed = flag === 'LOOKUP_FAILED';
  const text = failed ? t.mx.lookupFailed : t.mx.problem[flag];
  const icon = <MxSeverityIcon severity={failed ? 'warning' : 'error'} />;
  const sx = { display: 'inline-flex', borderRadius: 0.5 };
  return to ? (
    <Tooltip
      title={
        <>
          {text}
          <br />
          {t.mx.showRecords}
        </>
      }
    >
      <Box component={RouterLink} to={to} aria-label={text} sx={sx}>
        {icon}
      </Box>
    </Tooltip>
  ) : (
    <Tooltip title={text}>
      <Box component="span" role="img" aria-label={text} tabIndex={0} sx={sx}>
        {icon}
      </Box>
    </Tooltip>
  );
};
