import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { NotificationSettingsFieldsFragment } from '../../gql/graphql';
import { Alert, Box, Button, LinearProgress } from '@mui/material';
import { useI18n } from '../../lib/i18n/i18n.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { SectionCard } from '../../lib/ui/section-card.component';
import { NotificationSettingsQuery, WebhookCatalogueQuery } from './notifications.graphql';
import { MxNoticesSwitch } from './mx-notices.switch';
import { QuotaNoticesForm } from './quota-notices.form';
import { WebhookEndpointList } from './webhook-endpoint-list.component';

/** The customer's notices: quota and MX notices by e-mail, and its webhook endpoints. */
export const NotificationsPage = () => {
  const { t } = useI18n();
  const n = t.notifications;
  const settings = useQuery(NotificationSettingsQuery);
  const catalogue = useQuery(WebhookCatalogueQuery);
  const loaded = (body: (s: NotificationSettingsFieldsFragment) => ReactNode) =>
    settings.data ? (
      body(settings.data.notificationSettings)
    ) : settings.error ? (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void settings.refetch()}>
            {t.common.retry}
          </Button>
        }
      >
        {t.loadFailed}
      </Alert>
    ) : (
      <LinearProgress aria-label={t.common.loading} />
    );
  return (
    <>
      <PageHeader title={n.title} subtitle={n.subtitle} />
      <Box sx={{ display: 'grid', gap: 3 }}>
        <SectionCard title={n.quotaTitle} hint={n.quotaHint}>
          {loaded((s) => (
            <QuotaNoticesForm settings={s} />
          ))}
        </SectionCard>
        <SectionCard title={n.mxTitle} hint={n.mxHint}>
          {loaded((s) => (
            <MxNoticesSwitch settings={s} />
          ))}
        </SectionCard>
        <WebhookEndpointList httpAllowed={catalogue.data?.webhookCatalogue.httpAllowed ?? false} />
      </Box>
    </>
  );
};
