import { Box, Typography } from '@mui/material';
import type { WebhookEndpointRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { StatusChip } from '../../lib/ui/status-chip.component';

type Row = Pick<
  WebhookEndpointRowFragment,
  'enabled' | 'disabledReason' | 'lastAttemptAt' | 'lastAttemptStatus' | 'lastResponseCode'
>;

/** On, off, or switched off by its receiver (410 Gone). */
export const EndpointStateChip = ({ endpoint }: { endpoint: Row }) => {
  const n = useI18n().t.notifications;
  if (endpoint.enabled) return <StatusChip label={n.active} tone="success" />;
  return endpoint.disabledReason === 'GONE' ? (
    <StatusChip label={n.disabledGONE} tone="error" />
  ) : (
    <StatusChip label={n.disabledMANUAL} tone="default" />
  );
};

/** The outcome of the latest attempt, its response code and when it was. */
export const LastDelivery = ({ endpoint }: { endpoint: Row }) => {
  const { t, locale } = useI18n();
  const n = t.notifications;
  if (!endpoint.lastAttemptAt || !endpoint.lastAttemptStatus)
    return <Typography color="text.secondary">{n.noDeliveries}</Typography>;
  const ok = endpoint.lastAttemptStatus === 'SUCCEEDED';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <StatusChip
        label={ok ? n.attemptSUCCEEDED : n.attemptFAILED}
        tone={ok ? 'success' : 'error'}
      />
      <Typography variant="body2" color="text.secondary">
        {[
          endpoint.lastResponseCode ?? n.noResponse,
          formatDateTime(endpoint.lastAttemptAt, locale),
        ].join(' · ')}
      </Typography>
    </Box>
  );
};
