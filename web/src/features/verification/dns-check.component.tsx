import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import Refresh from '@mui/icons-material/Refresh';
import { useState } from 'react';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { CopyButton } from '../my-mailbox/copy-button.component';
import type { VerificationTarget } from './use-verification.hook';
import { dnsErrorText } from './verification-errors';

/** The A record to create, what the last check saw, and "check now". */
export const DnsCheck = ({
  target,
  onCheck,
}: {
  target: VerificationTarget;
  onCheck: () => Promise<VerificationTarget | undefined>;
}) => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string>();
  const v = target.verification;
  const record = [
    { key: 'name', label: t.verification.recordName, value: v.recordName },
    { key: 'type', label: t.verification.recordType, value: v.recordType },
    { key: 'value', label: t.verification.recordValue, value: v.recordValue },
  ] as const;

  const check = async () => {
    setChecking(true);
    setFailure(undefined);
    try {
      const after = await onCheck();
      if (after?.state === 'ACTIVE') notify.success(t.verification.verified(after.name));
      else notify.info(t.verification.stillMissing);
    } catch (e) {
      setFailure(apiErrorText(toApiError(e), t));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Stack spacing={2}>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label={t.verification.recordLabel}>
          <TableHead>
            <TableRow>
              {record.map((r) => (
                <TableCell key={r.key}>{r.label}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow>
              {record.map((r) => (
                <TableCell key={r.key}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                    <Box component="code" sx={{ overflowWrap: 'anywhere', fontSize: 14 }}>
                      {r.value}
                    </Box>
                    <CopyButton value={r.value} label={t.verification.copyWhat[r.key]} />
                  </Box>
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
      <Box role="status" aria-live="polite">
        {checking ? <Typography>{t.verification.checking}</Typography> : null}
        {v.lastCheckAt ? (
          <Typography>
            {t.verification.lastCheck(formatDateTime(v.lastCheckAt, locale))}
            {v.lastSeen.length ? ` — ${t.verification.lastSeen(v.lastSeen.join(', '))}` : null}
          </Typography>
        ) : (
          <Typography>{t.verification.neverChecked}</Typography>
        )}
        {v.lastError ? (
          <Typography color="warning.main">{dnsErrorText(v.lastError, t)}</Typography>
        ) : null}
        {v.nextCheckAt ? (
          <Typography color="text.secondary">
            {t.verification.nextCheck(formatDateTime(v.nextCheckAt, locale))}
          </Typography>
        ) : null}
      </Box>
      {failure ? <Alert severity="error">{failure}</Alert> : null}
      <Button
        variant="outlined"
        onClick={() => void check()}
        disabled={checking}
        aria-busy={checking}
        startIcon={checking ? <CircularProgress size={16} color="inherit" /> : <Refresh />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t.verification.checkNow}
      </Button>
    </Stack>
  );
};
