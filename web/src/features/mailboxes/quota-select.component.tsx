import { MenuItem, TextField } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { useI18n } from '../../lib/i18n/i18n.context';
import { quotaErrorText } from './mailbox-errors';

/** The quota tier of a mailbox: only the tiers the viewer may give on this domain. */
export const QuotaSelect = ({
  tiers,
  maxQuotaGb,
}: {
  tiers: readonly number[];
  maxQuotaGb: number | null | undefined;
}) => {
  const { t } = useI18n();
  const form = useFormContext<{ quotaGb: number | null }>();
  return (
    <Controller
      control={form.control}
      name="quotaGb"
      render={({ field, fieldState }) => (
        <TextField
          select
          label={t.mailboxes.quota}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(Number(e.target.value))}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={
            quotaErrorText(fieldState.error, t) ??
            (maxQuotaGb ? t.mailboxes.quotaMax(maxQuotaGb) : undefined)
          }
        >
          {tiers.map((gb) => (
            <MenuItem key={gb} value={gb}>
              {t.mailboxes.quotaTier(gb)}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
};
