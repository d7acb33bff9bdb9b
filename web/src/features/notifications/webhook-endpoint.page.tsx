import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  LinearProgress,
  Switch,
  Typography,
} from '@mui/material';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found.page';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { PageHeader } from '../../lib/ui/page-header.component';
import { SectionCard } from '../../lib/ui/section-card.component';
import { WebhookCatalogueQuery, WebhookEndpointQuery } from './notifications.graphql';
import { useWebhookEndpointActions } from './use-webhook-endpoint-actions.hook';
import { WebhookDeliveryLog } from './webhook-delivery-log.component';
import { WebhookEndpointDialog } from './webhook-endpoint.dialog';
import { EndpointStateChip, LastDelivery } from './webhook-endpoint-status.component';
import { WebhookSecret } from './webhook-secret.component';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box
    sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' }, gap: 1, py: 1.25 }}
  >
    <Typography component="dt" color="text.secondary">
      {label}
    </Typography>
    <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
      {children}
    </Box>
  </Box>
);

/** One endpoint: its settings, its signing secret and its delivery log. */
export const WebhookEndpointPage = () => {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const n = t.notifications;
  const navigate = useNavigate();
  const actions = useWebhookEndpointActions();
  // Deliveries go on in the background: the last one's outcome is looked at again now and then.
  const { data, error, refetch } = useQuery(WebhookEndpointQuery, {
    variables: { id },
    pollInterval: 5000,
  });
  const catalogue = useQuery(WebhookCatalogueQuery);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const back = (
    <Button component={RouterLink} to="/notifications" startIcon={<ArrowBack />}>
      {n.back}
    </Button>
  );

  if (!data) {
    if (error && toApiError(error).code === 'NOT_FOUND') return <NotFoundPage />;
    return (
      <>
        <PageHeader title={n.details} actions={back} />
        {error ? (
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
        ) : (
          <LinearProgress aria-label={t.common.loading} />
        )}
      </>
    );
  }

  const endpoint = data.webhookEndpoint;
  return (
    <>
      <PageHeader title={n.details} subtitle={endpoint.url} actions={back} />
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <SectionCard
          title={n.settingsTitle}
          actions={
            <>
              <Button onClick={() => setEditing(true)}>{n.edit}</Button>
              <Button
                onClick={() => void actions.sendTest(endpoint)}
                disabled={!endpoint.enabled}
                title={endpoint.enabled ? undefined : n.testNeedsEnabled}
              >
                {n.sendTest}
              </Button>
              <Button color="error" onClick={() => setDeleting(true)}>
                {n.delete}
              </Button>
            </>
          }
        >
          <Box component="dl" sx={{ m: 0 }}>
            <Row label={n.url}>
              <Box component="code" sx={{ fontFamily: 'ui-monospace, monospace' }}>
                {endpoint.url}
              </Box>
            </Row>
            <Row label={n.description}>{endpoint.description || t.common.none}</Row>
            <Row label={n.events}>
              <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                {endpoint.eventTypes.map((type) => (
                  <Chip key={type} size="small" label={n.eventTypes[type] ?? type} />
                ))}
              </Box>
            </Row>
            <Row label={n.status}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <FormControlLabel
                  label={n.enabled}
                  control={
                    <Switch
                      checked={endpoint.enabled}
                      onChange={(e) => void actions.setEnabled(endpoint, e.target.checked)}
                    />
                  }
                />
                <EndpointStateChip endpoint={endpoint} />
              </Box>
            </Row>
            <Row label={n.lastDelivery}>
              <LastDelivery endpoint={endpoint} />
            </Row>
            <Row label={n.createdAt}>{formatDateTime(endpoint.createdAt, locale)}</Row>
          </Box>
        </SectionCard>
        <SectionCard title={n.secretTitle} hint={n.secretHint}>
          <WebhookSecret endpointId={endpoint.id} rotatedAt={endpoint.secretRotatedAt} />
        </SectionCard>
        <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
          <WebhookDeliveryLog endpointId={endpoint.id} />
        </Box>
      </Box>
      {editing ? (
        <WebhookEndpointDialog
          endpoint={endpoint}
          httpAllowed={catalogue.data?.webhookCatalogue.httpAllowed ?? false}
          onClose={() => setEditing(false)}
          onSubmit={async (values) => {
            await actions.save(endpoint.id, values);
            setEditing(false);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting}
        title={n.confirmDeleteTitle}
        body={n.confirmDeleteBody(endpoint.url)}
        confirmLabel={n.delete}
        destructive
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          if (await actions.remove(endpoint)) void navigate('/notifications');
        }}
      />
    </>
  );
};
