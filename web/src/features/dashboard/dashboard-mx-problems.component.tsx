import { Alert, AlertTitle, Button, Typography } from '@mui/material';
import ArrowForward from '@mui/icons-material/ArrowForward';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { domainListPath } from '../domains/domain-list-filters';

/**
 * How many active domains lose mail to wrong or missing MX records, leading to
 * the list of just those. A warning rather than an alarm: the mail stays with
 * whoever the records name, and the fix is the customer's DNS.
 */
export const DashboardMxProblems = ({ count }: { count: number }) => {
  const { t, locale } = useI18n();
  const titleId = useId();
  if (count <= 0) return null;
  return (
    // A status, not an alert: it is there on every visit, not news to interrupt with.
    <Alert severity="warning" role="status" data-testid="dashboard-mx-problems" sx={{ mb: 2.5 }}>
      <AlertTitle id={titleId}>
        {t.dashboard.mxProblems(count, formatNumber(count, locale))}
      </AlertTitle>
      <Typography variant="body2">{t.dashboard.mxProblemsHint(count)}</Typography>
      <Button
        component={RouterLink}
        to={domainListPath({ mxProblems: true })}
        aria-describedby={titleId}
        color="inherit"
        variant="outlined"
        size="small"
        endIcon={<ArrowForward />}
        sx={{ mt: 1.5 }}
      >
        {t.dashboard.mxProblemsShow(count)}
      </Button>
    </Alert>
  );
};
