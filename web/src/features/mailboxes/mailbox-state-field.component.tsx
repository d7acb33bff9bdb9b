import { MenuItem, TextField, Typography } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import type { MailboxState } from '../../gql/graphql';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';

/**
 * Panels switch a mailbox between active and disabled; a blocked or suspended
 * one is released by the provider, and the postmaster is always active.
 */
export const MailboxStateField = ({
  current,
  isPostmaster,
}: {
  current: MailboxState;
  isPostmaster: boolean;
}) => {
  const { t } = useI18n();
  const form = useFormContext<{ state: MailboxState }>();
  if (isPostmaster)
    return <Typography color="text.secondary">{t.mailboxes.postmasterState}</Typography>;
  if (current === 'BLOCKED' || current === 'SUSPENDED') {
    return (
      <Typography color="text.secondary">
        {t.mailboxes.states[current]}: {t.mailboxes.stateHelp[current]}
      </Typography>
    );
  }
  return (
    <Controller
      control={form.control}
      name="state"
      render={({ field, fieldState }) => (
        <TextField
          select
          label={t.mailboxes.state}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={fieldErrorText(fieldState.error, t)}
        >
          {(['ACTIVE', 'DISABLED'] as const).map((s) => (
            <MenuItem key={s} value={s}>
              {t.mailboxes.states[s]}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
};
