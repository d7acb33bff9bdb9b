import { useQuery } from '@apollo/client/react';
import { Box, Button, Typography } from '@mui/material';
import Refresh from '@mui/icons-material/Refresh';
import type { WebhookDeliveryAttemptsQuery as AttemptsData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { DataTable, type Column } from '../../lib/ui/data-table.component';
import { SectionCard } from '../../lib/ui/section-card.component';
import { StatusChip } from '../../lib/ui/status-chip.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { WebhookDeliveryAttemptsQuery } from './notifications.graphql';

type Attempt = AttemptsData['webhookDeliveryAttempts']['edges'][number]['node'];

/** Deliveries go on in the background: the log looks again every few seconds. */
const POLL_MS = 5000;

/** Every attempt to deliver to one endpoint, newest first. */
export const WebhookDeliveryLog = ({ endpointId }: { endpointId: string }) => {
  const { t, locale } = useI18n();
  const n = t.notifications;
  const pages = useCursorPages(10);
  const { data, loading, error, refetch } = useQuery(WebhookDeliveryAttemptsQuery, {
    variables: { endpointId, ...pages.variables },
    pollInterval: POLL_MS,
    notifyOnNetworkStatusChange: false,
  });

  const columns: Column<Attempt, never>[] = [
    { key: 'when', label: n.logWhen, render: (a) => formatDateTime(a.createdAt, locale) },
    {
      key: 'event',
      label: n.logEvent,
      hideOnMobile: true,
      render: (a) => (
        <Box component="code" title={a.messageId} sx={{ fontFamily: 'ui-monospace, monospace' }}>
          {a.eventType}
        </Box>
      ),
    },
    { key: 'attempt', label: n.logAttempt, render: (a) => `#${a.attempt}` },
    {
      key: 'result',
      label: n.logResult,
      render: (a) => (
        <Box>
          <StatusChip
            label={a.status === 'SUCCEEDED' ? n.attemptSUCCEEDED : n.attemptFAILED}
            tone={a.status === 'SUCCEEDED' ? 'success' : 'error'}
          />
          {a.status === 'FAILED' ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {a.deliveryStatus === 'PENDING' && a.nextAttemptAt
                ? n.nextAttempt(formatDateTime(a.nextAttemptAt, locale))
                : n.deliveryStatus[a.deliveryStatus]}
            </Typography>
          ) : null}
        </Box>
      ),
    },
    {
      key: 'response',
      label: n.logResponse,
      render: (a) => (a.responseCode === null ? n.noResponse : String(a.responseCode)),
    },
    {
      key: 'latency',
      label: n.logLatency,
      hideOnMobile: true,
      render: (a) => n.latency(a.latencyMs),
    },
    {
      key: 'error',
      label: n.logError,
      hideOnMobile: true,
      render: (a) =>
        a.error ? (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere', maxWidth: 320 }}>
            {a.error}
          </Typography>
        ) : null,
    },
  ];

  return (
    <SectionCard
      title={n.logTitle}
      hint={n.logHint}
      actions={
        <Button startIcon={<Refresh />} onClick={() => void refetch()}>
          {n.refresh}
        </Button>
      }
    >
      <DataTable
        label={n.logTitle}
        columns={columns}
        rows={data?.webhookDeliveryAttempts.edges.map((e) => e.node)}
        rowKey={(a) => a.id}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        totalCount={data?.webhookDeliveryAttempts.totalCount ?? 0}
        endCursor={data?.webhookDeliveryAttempts.pageInfo.endCursor}
        pages={pages}
        empty={{ title: n.logEmpty, hint: n.logEmptyHint }}
      />
    </SectionCard>
  );
};
