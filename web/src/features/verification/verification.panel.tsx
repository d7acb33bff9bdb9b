import { Alert, AlertTitle, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { DnsCheck } from './dns-check.component';
import { EmailCodeForm } from './email-code.form';
import { useVerification, type VerificationKind } from './use-verification.hook';

export interface VerificationPanelProps {
  kind: VerificationKind;
  id: string;
}

const Method = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint: string;
  children: ReactNode;
}) => {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} spacing={1.5}>
      <Box>
        <Typography id={id} variant="h3" component="h3">
          {title}
        </Typography>
        <Typography color="text.secondary">{hint}</Typography>
      </Box>
      {children}
    </Stack>
  );
};

/**
 * Ownership verification of a domain or a domain alias: the DNS record with
 * "check now", or a code sent by e-mail. It reads the object itself, and its
 * actions update the cached object, so the page around it follows.
 */
export const VerificationPanel = ({ kind, id }: VerificationPanelProps) => {
  const { t, locale } = useI18n();
  const { target, error, refetch, checkNow, sendCode, confirmCode } = useVerification(kind, id);

  if (!target) {
    return error ? (
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
    );
  }

  let body: ReactNode;
  if (target.state === 'ACTIVE') {
    const when = formatDateTime(target.verifiedAt, locale);
    body = (
      <Alert severity="success">
        <AlertTitle>{t.verification.verified(target.name)}</AlertTitle>
        {target.verifiedBy === 'DNS'
          ? t.verification.verifiedByDns(when)
          : target.verifiedBy === 'EMAIL'
            ? t.verification.verifiedByEmail(when)
            : null}
      </Alert>
    );
  } else if (target.state === 'UPDATING') {
    body = <Alert severity="info">{t.verification.updating}</Alert>;
  } else if (target.state !== 'AWAITING_VERIFICATION') {
    body = <Alert severity="warning">{t.verification.notVerifiable}</Alert>;
  } else {
    body = (
      <Stack spacing={3}>
        <Typography>{t.verification.intro(target.name)}</Typography>
        <Method title={t.verification.dnsTitle} hint={t.verification.dnsHint}>
          <DnsCheck target={target} onCheck={checkNow} />
        </Method>
        <Method title={t.verification.emailTitle} hint={t.verification.emailHint}>
          <EmailCodeForm target={target} onSend={sendCode} onConfirm={confirmCode} />
        </Method>
      </Stack>
    );
  }
  return (
    <Box component="section" aria-label={t.verification.title}>
      {body}
    </Box>
  );
};
