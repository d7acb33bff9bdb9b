import { Alert, AlertTitle, Typography } from '@mui/material';
import type { MxDomainFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { mxMatters } from './mx-status';
import { mxVerdict } from './mx-verdict';

/**
 * What the domain's last MX check means, in plain words. A problem is an error
 * only on an active domain: before that the customer may simply not have moved
 * the records yet, which the note under it explains.
 */
export const MxSummary = ({ domain }: { domain: MxDomainFragment }) => {
  const { t } = useI18n();
  const active = mxMatters(domain.state);
  const { severity, title, lines } = mxVerdict(domain.mxCheck, domain.name, active, t);
  const body = active ? lines : [...lines, t.mx.summary.notActive];
  return (
    <Alert severity={severity} data-testid="mx-summary">
      <AlertTitle>{title}</AlertTitle>
      {body.map((line) => (
        <Typography key={line} variant="body2" sx={{ '& + &': { mt: 0.5 } }}>
          {line}
        </Typography>
      ))}
    </Alert>
  );
};
