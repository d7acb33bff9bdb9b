import { Alert, Button, Card, CardContent, LinearProgress, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';
import type { DomainTabProps } from '../domains/domain-tab.props';
import { MxAliasChecks } from './mx-alias-checks.component';
import { MxExpectedRecords } from './mx-expected-records.component';
import { MxLastCheck } from './mx-last-check.component';
import { MxSection } from './mx-section.component';
import { MxSummary } from './mx-summary.component';
import { useMxCheck } from './use-mx-check.hook';

/**
 * Whether the domain's mail reaches the platform: the status of its MX records
 * in plain words, the records to publish, what the last check saw, and "check
 * now"; then the same for its domain aliases. Shown in every state: customers
 * often move their MX before verifying.
 */
export const MxCheckTab = ({ domain: { id } }: DomainTabProps) => {
  const { t } = useI18n();
  const { domain, error, refetch, checkNow } = useMxCheck(id);

  let body: ReactNode;
  if (domain) {
    body = (
      <Stack spacing={3}>
        <MxSummary domain={domain} />
        <MxSection title={t.mx.expectedTitle} hint={t.mx.expectedHint(domain.name)}>
          <MxExpectedRecords records={domain.mxCheck.expected} />
        </MxSection>
        <MxSection title={t.mx.seenTitle}>
          <MxLastCheck domain={domain} onCheck={checkNow} />
        </MxSection>
        <MxAliasChecks domain={domain} />
      </Stack>
    );
  } else if (error) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t.common.retry}
          </Button>
        }
      >
        {t.loadFailed}
      </Alert>
    );
  } else {
    body = <LinearProgress aria-label={t.common.loading} />;
  }
  return (
    <Card component="section" aria-label={t.mx.title}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>{body}</CardContent>
    </Card>
  );
};
