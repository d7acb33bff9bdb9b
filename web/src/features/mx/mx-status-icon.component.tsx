import { Box, Tooltip } from '@mui/material';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import type { DomainState, MxStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { mxFlag } from './mx-status';

/**
 * A small icon beside an active domain's state when its MX records need a look:
 * red when they send mail elsewhere or are missing, amber when the DNS did not
 * answer. Nothing when all is well or not known yet, to keep the list calm.
 */
export const MxStatusIcon = (domain: { state: DomainState; mxCheck: { status: MxStatus } }) => {
  const { t } = useI18n();
  const flag = mxFlag(domain);
  if (!flag) return null;
  const failed = flag === 'LOOKUP_FAILED';
  const text = failed ? t.mx.lookupFailed : t.mx.problem[flag];
  const Icon = failed ? WarningAmberOutlined : ErrorOutline;
  return (
    <Tooltip title={text}>
      <Box
        component="span"
        role="img"
        aria-label={text}
        tabIndex={0}
        sx={{ display: 'inline-flex', color: failed ? 'warning.dark' : 'error.main' }}
      >
        <Icon fontSize="small" aria-hidden />
      </Box>
    </Tooltip>
  );
};
