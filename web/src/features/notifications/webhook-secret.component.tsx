import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Box,
  Button,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import Autorenew from '@mui/icons-material/Autorenew';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { useState } from 'react';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { useNotify } from '../../lib/ui/notify.context';
import {
  RotateWebhookEndpointSecretMutation,
  WebhookEndpointSecretQuery,
} from './notifications.graphql';

const MASK = `whsec_${'•'.repeat(32)}`;

/**
 * The endpoint's signing secret: masked until asked for (fetched only then),
 * copyable, and rotated after a confirmation.
 */
export const WebhookSecret = ({
  endpointId,
  rotatedAt,
}: {
  endpointId: string;
  rotatedAt: string;
}) => {
  const { t, locale } = useI18n();
  const n = t.notifications;
  const notify = useNotify();
  const client = useApolloClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [rotate] = useMutation(RotateWebhookEndpointSecretMutation);

  const fetchSecret = async (): Promise<string | null> => {
    if (secret) return secret;
    try {
      const { data } = await client.query({
        query: WebhookEndpointSecretQuery,
        variables: { id: endpointId },
        fetchPolicy: 'network-only',
      });
      const value = data?.webhookEndpointSecret ?? null;
      setSecret(value);
      return value;
    } catch (e) {
      notify.error(apiErrorText(toApiError(e), t));
      return null;
    }
  };
  const toggle = async () => {
    if (shown) setShown(false);
    else if (await fetchSecret()) setShown(true);
  };
  const copy = async () => {
    const value = await fetchSecret();
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value);
      notify.success(t.common.copied);
    } catch {
      notify.error(t.common.copyFailed);
    }
  };

  return (
    <Box>
      <TextField
        label={n.secretLabel}
        value={shown && secret ? secret : MASK}
        fullWidth
        slotProps={{
          htmlInput: {
            readOnly: true,
            'data-testid': 'webhook-secret',
            style: { fontFamily: 'ui-monospace, monospace' },
          },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <Tooltip title={shown ? n.hideSecret : n.showSecret}>
                  <IconButton
                    onClick={() => void toggle()}
                    aria-label={shown ? n.hideSecret : n.showSecret}
                    aria-pressed={shown}
                  >
                    {shown ? <VisibilityOff /> : <Visibility />}
                  </IconButton>
                </Tooltip>
                <Tooltip title={n.copySecret}>
                  <IconButton onClick={() => void copy()} aria-label={n.copySecret} edge="end">
                    <ContentCopy />
                  </IconButton>
                </Tooltip>
              </InputAdornment>
            ),
          },
        }}
        onFocus={(e) => e.target.select()}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {n.rotatedAt(formatDateTime(rotatedAt, locale))}
        </Typography>
        <Button startIcon={<Autorenew />} color="warning" onClick={() => setRotating(true)}>
          {n.rotate}
        </Button>
      </Box>
      <ConfirmDialog
        open={rotating}
        title={n.confirmRotateTitle}
        body={n.confirmRotateBody}
        confirmLabel={n.rotate}
        destructive
        onClose={() => setRotating(false)}
        onConfirm={async () => {
          try {
            const { data } = await rotate({ variables: { id: endpointId } });
            if (data) {
              // The new one is shown at once: the receiver needs it now.
              setSecret(data.rotateWebhookEndpointSecret.secret);
              setShown(true);
              notify.success(n.rotated);
            }
          } catch (e) {
            notify.error(apiErrorText(toApiError(e), t));
          }
        }}
      />
    </Box>
  );
};
