import { Chip, Tooltip } from '@mui/material';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import { Link as RouterLink } from 'react-router';
import type { DomainState, MxStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { domainPath } from '../domains/domain-tabs';
import { isMxProblem, mxFlag } from './mx-status';

/**
 * The DNS status of an active domain whose mail goes astray, beside its state in
 * the page header: a small link to the MX tab, where the fix is explained.
 */
export const MxProblemChip = (domain: {
  id: string;
  state: DomainState;
  mxCheck: { status: MxStatus };
}) => {
  const { t } = useI18n();
  const flag = mxFlag(domain);
  if (!flag || !isMxProblem(flag)) return null;
  return (
    // Described, not named, by the tooltip: the chip keeps the problem as its name.
    <Tooltip title={t.mx.showRecords} describeChild>
      <Chip
        component={RouterLink}
        to={domainPath(domain.id, 'mx')}
        clickable
        size="small"
        color="error"
        variant="outlined"
        icon={<ErrorOutline aria-hidden />}
        label={t.mx.problem[flag]}
        sx={{ fontWeight: 600 }}
      />
    </Tooltip>
  );
};
