import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { verificationCodeSchema, type VerificationMailbox as RoleAddress } from '@casella/shared';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { VerificationMailbox } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import type { VerificationTarget } from './use-verification.hook';
import { codeApiError, codeErrorText } from './verification-errors';

const codeFormSchema = z.object({ code: verificationCodeSchema });
type CodeForm = z.input<typeof codeFormSchema>;

// The API names role addresses by their user part.
const MAILBOXES = {
  postmaster: 'POSTMASTER',
  hostmaster: 'HOSTMASTER',
  webmaster: 'WEBMASTER',
  info: 'INFO',
} as const satisfies Record<RoleAddress, VerificationMailbox>;

const mailboxOf = (address: string): VerificationMailbox | undefined => {
  const local = address.split('@')[0];
  return Object.entries(MAILBOXES).find(([role]) => role === local)?.[1];
};

/** Shows a role address with the name as people read it (IDN aliases). */
const readable = (address: string, target: VerificationTarget) =>
  address.replace(new RegExp(`@${target.asciiName.replace(/\./g, '\\.')}$`), `@${target.name}`);

/** Sends a code to a role address of the name, then takes it back. */
export const EmailCodeForm = ({
  target,
  onSend,
  onConfirm,
}: {
  target: VerificationTarget;
  onSend: (mailbox: VerificationMailbox) => Promise<VerificationTarget | undefined>;
  onConfirm: (code: string) => Promise<VerificationTarget | undefined>;
}) => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const id = useId();
  const v = target.verification;
  const [recipient, setRecipient] = useState(v.emailCodeSentTo ?? v.emailAddresses[0] ?? '');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string>();
  const form = useForm<CodeForm>({
    resolver: zodResolver(codeFormSchema),
    defaultValues: { code: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const pending = Boolean(v.emailCodeSentTo && v.emailCodeExpiresAt);

  const send = async () => {
    const mailbox = mailboxOf(recipient);
    if (!mailbox) return;
    setSending(true);
    setSendError(undefined);
    try {
      await onSend(mailbox);
      form.reset({ code: '' });
    } catch (e) {
      const error = toApiError(e);
      setSendError(
        error.code === 'RATE_LIMITED' && error.retryAfterSeconds
          ? t.verification.waitBeforeResend(error.retryAfterSeconds)
          : apiErrorText(error, t),
      );
    } finally {
      setSending(false);
    }
  };

  const confirm = form.handleSubmit(async ({ code }) => {
    try {
      const after = await onConfirm(code);
      if (after?.state === 'ACTIVE') notify.success(t.verification.verified(after.name));
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, ['code']);
      if (!placed)
        form.setError(
          'code',
          codeApiError(apiError) ?? { type: apiError.code, message: apiErrorText(apiError, t) },
          { shouldFocus: true },
        );
    }
  });

  return (
    <Stack spacing={2}>
      <FormControl error={Boolean(sendError)}>
        <FormLabel id={`${id}-recipient`}>{t.verification.recipient}</FormLabel>
        <RadioGroup
          aria-labelledby={`${id}-recipient`}
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
        >
          {v.emailAddresses.map((address) => (
            <FormControlLabel
              key={address}
              value={address}
              control={<Radio />}
              label={readable(address, target)}
            />
          ))}
        </RadioGroup>
        {sendError ? <FormHelperText>{sendError}</FormHelperText> : null}
      </FormControl>
      <Button
        variant="outlined"
        onClick={() => void send()}
        disabled={sending || !recipient}
        aria-busy={sending}
        startIcon={sending ? <CircularProgress size={16} color="inherit" /> : undefined}
        sx={{ alignSelf: 'flex-start' }}
      >
        {pending ? t.verification.sendNewCode : t.verification.sendCode}
      </Button>
      {pending && v.emailCodeSentTo && v.emailCodeExpiresAt ? (
        <>
          <Alert severity="info" role="status">
            {t.verification.codeSent(
              readable(v.emailCodeSentTo, target),
              formatDateTime(v.emailCodeExpiresAt, locale),
            )}
          </Alert>
          <Box
            component="form"
            noValidate
            onSubmit={(e) => void confirm(e)}
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            <TextField
              {...form.register('code')}
              label={t.verification.code}
              autoComplete="one-time-code"
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
              error={Boolean(errors.code)}
              helperText={codeErrorText(errors.code, t) ?? t.verification.codeHelp}
              sx={{ width: 220 }}
            />
            <Button
              type="submit"
              variant="contained"
              disabled={isSubmitting}
              startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
              sx={{ mt: 1 }}
            >
              {t.verification.confirmCode}
            </Button>
          </Box>
        </>
      ) : null}
    </Stack>
  );
};
