import { useMutation } from '@apollo/client/react';
import { Alert, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import type { NotificationSettingsFieldsFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { UpdateNotificationSettingsMutation } from './notifications.graphql';

/**
 * Whether MX problems of the customer's domains, and their fix, are e-mailed
 * to its contact address. One switch, saved as it is flipped; the quota
 * settings go along as saved, so an unsaved quota edit is neither lost nor sent.
 */
export const MxNoticesSwitch = ({ settings }: { settings: NotificationSettingsFieldsFragment }) => {
  const { t } = useI18n();
  const n = t.notifications;
  const notify = useNotify();
  const [update, { loading }] = useMutation(UpdateNotificationSettingsMutation);
  const [failure, setFailure] = useState<string>();

  const toggle = async (mxEmailEnabled: boolean) => {
    setFailure(undefined);
    try {
      await update({
        variables: {
          input: {
            quotaEmailEnabled: settings.quotaEmailEnabled,
            quotaEmailRecipients: settings.quotaEmailRecipients,
            quotaWebhookEnabled: settings.quotaWebhookEnabled,
            mxEmailEnabled,
          },
        },
      });
      notify.success(mxEmailEnabled ? n.mxEmailOn : n.mxEmailOff);
    } catch (e) {
      setFailure(apiErrorText(toApiError(e), t));
    }
  };

  return (
    <Stack spacing={1.5}>
      <FormControlLabel
        control={
          <Switch
            checked={settings.mxEmailEnabled}
            onChange={(_, checked) => void toggle(checked)}
            disabled={loading}
            slotProps={{ input: { 'aria-busy': loading } }}
          />
        }
        label={n.mxEmailEnabled}
      />
      <Typography variant="body2" color="text.secondary">
        {n.mxEmailWho}
      </Typography>
      {failure ? <Alert severity="error">{failure}</Alert> : null}
    </Stack>
  );
};
