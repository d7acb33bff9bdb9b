import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@mui/material';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import type { Viewer } from '../auth/viewer';
import { StopImpersonatingMutation } from './shell.graphql';
import { useSwitchViewer } from './use-switch-viewer.hook';

/** Always visible while acting as a customer, with the way back. */
export const ActingAsBanner = ({ viewer }: { viewer: Viewer }) => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const switchViewer = useSwitchViewer();
  const [stop, { loading }] = useMutation(StopImpersonatingMutation);
  if (!viewer.impersonation) return null;
  const back = async () => {
    try {
      const { data } = await stop();
      if (!data) return;
      await switchViewer(data.stopImpersonating);
      notify.success(t.shell.stoppedActing);
    } catch (e) {
      notify.error(apiErrorText(toApiError(e), t));
    }
  };
  return (
    <Alert
      severity="warning"
      variant="filled"
      role="region"
      aria-label={t.shell.actingAs(viewer.impersonation.organisation.name)}
      sx={{ borderRadius: 0, alignItems: 'center', color: '#1b1f27', bgcolor: '#fbbf24' }}
      action={
        <Button
          color="inherit"
          variant="outlined"
          size="small"
          onClick={() => void back()}
          disabled={loading}
          sx={{ borderColor: 'currentColor' }}
        >
          {t.shell.stopActing}
        </Button>
      }
    >
      <strong>{t.shell.actingAs(viewer.impersonation.organisation.name)}</strong>{' '}
      {t.shell.actingSince(formatDateTime(viewer.impersonation.startedAt, locale))}
    </Alert>
  );
};
