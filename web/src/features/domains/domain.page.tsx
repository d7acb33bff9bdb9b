import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Card, LinearProgress, Link, Tab, Tabs } from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useEffect } from 'react';
import { Navigate, Link as RouterLink, useParams } from 'react-router';
import { hasErrorCode } from '../../lib/apollo/graphql-errors';
import { useI18n } from '../../lib/i18n/i18n.context';
import { EmptyState } from '../../lib/ui/empty-state.component';
import { PageHeader } from '../../lib/ui/page-header.component';
import { useViewer } from '../auth/session.context';
import { DomainHeader } from './domain-header.component';
import { UPDATING_POLL_MS } from './domain-state.component';
import { DomainTabPanel } from './domain-tab.panel';
import { defaultDomainTab, domainPath, domainTabsFor, isDomainTab } from './domain-tabs';
import { DomainQuery } from './domains.graphql';

/** One domain: its header and its sections as tabs, the tab in the URL so it deep-links. */
export const DomainPage = () => {
  const { t } = useI18n();
  const viewer = useViewer();
  const { id = '', tab } = useParams();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(DomainQuery, {
    variables: { id },
  });
  // Setting up takes a moment on the mail platform: watch it move on to verification.
  const updating = data?.domain.state === 'UPDATING';
  useEffect(() => {
    if (!updating) return;
    startPolling(UPDATING_POLL_MS);
    return () => stopPolling();
  }, [updating, startPolling, stopPolling]);
  const tabs = domainTabsFor(viewer);
  const back =
    viewer.kind === 'PANEL_USER' ? (
      <Link
        component={RouterLink}
        to="/domains"
        underline="hover"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1.5 }}
      >
        <ArrowBack fontSize="small" aria-hidden />
        {t.domains.allDomains}
      </Link>
    ) : null;

  if (!data) {
    if (!error) return <LinearProgress aria-label={t.common.loading} />;
    return (
      <>
        {back}
        <PageHeader title={t.domains.title} />
        {hasErrorCode(error, 'NOT_FOUND') ? (
          <Card>
            <EmptyState title={t.domains.notFound} />
          </Card>
        ) : (
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
        )}
      </>
    );
  }

  const domain = data.domain;
  if (!isDomainTab(tab) || !tabs.includes(tab)) {
    return <Navigate to={domainPath(domain.id, defaultDomainTab(tabs, domain.state))} replace />;
  }
  return (
    <>
      {back}
      <DomainHeader domain={domain} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs
          value={tab}
          aria-label={t.domains.sections}
          variant="scrollable"
          scrollButtons="auto"
          allowScrollButtonsMobile
        >
          {tabs.map((key) => (
            <Tab
              key={key}
              value={key}
              label={t.domains.tabs[key]}
              id={`domain-tab-${key}`}
              aria-controls="domain-tab-panel"
              component={RouterLink}
              to={domainPath(domain.id, key)}
            />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id="domain-tab-panel" aria-labelledby={`domain-tab-${tab}`}>
        <DomainTabPanel tab={tab} domain={domain} asPostmaster={viewer.kind === 'POSTMASTER'} />
      </Box>
    </>
  );
};
