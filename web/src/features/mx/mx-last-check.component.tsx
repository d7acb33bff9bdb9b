import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import Refresh from '@mui/icons-material/Refresh';
import { useState } from 'react';
import type { MxDomainFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { MxSeenRecords } from './mx-seen-records.component';

/** When the MX records were last looked up, what was found, and "check now". */
export const MxLastCheck = ({
  domain,
  onCheck,
}: {
  domain: MxDomainFragment;
  onCheck: () => Promise<MxDomainFragment | undefined>;
}) => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<{ text: string; wait: boolean }>();
  const check = domain.mxCheck;

  const checkNow = async () => {
    setChecking(true);
    setFailure(undefined);
    try {
      const after = await onCheck();
      if (after?.mxCheck.status === 'OK') notify.success(t.mx.checked.OK(after.name));
      else if (after) notify.info(t.mx.checked[after.mxCheck.status](after.name));
    } catch (e) {
      const error = toApiError(e);
      // Checked a few seconds ago: say how many more, not "try again in 1 min".
      const wait = error.code === 'RATE_LIMITED' && Boolean(error.retryAfterSeconds);
      setFailure({
        text: wait ? t.mx.waitBeforeCheck(error.retryAfterSeconds ?? 0) : apiErrorText(error, t),
        wait,
      });
    } finally {
      setChecking(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Box role="status" aria-live="polite">
        {checking ? <Typography>{t.mx.checking}</Typography> : null}
        <Typography>
          {check.checkedAt
            ? t.mx.lastCheck(formatDateTime(check.checkedAt, locale))
            : t.mx.neverChecked}
        </Typography>
        {check.checkedAt && !check.records.length ? (
          <Typography color="text.secondary">
            {check.status === 'LOOKUP_FAILED' ? t.mx.nothingSeen : t.mx.noneSeen}
          </Typography>
        ) : null}
      </Box>
      {check.records.length ? <MxSeenRecords check={check} /> : null}
      {failure ? <Alert severity={failure.wait ? 'info' : 'error'}>{failure.text}</Alert> : null}
      <Button
        variant="outlined"
        onClick={() => void checkNow()}
        disabled={checking}
        aria-busy={checking}
        startIcon={checking ? <CircularProgress size={16} color="inherit" /> : <Refresh />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t.mx.checkNow}
      </Button>
    </Stack>
  );
};
