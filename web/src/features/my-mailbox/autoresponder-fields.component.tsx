import { Box, FormControlLabel, Switch, TextField } from '@mui/material';
import { Controller, useFormContext, type FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import type { AutoresponderFormValues } from './autoresponder.schema';

/** The form paths of the autoresponder controls, for placing server errors. */
export const AUTORESPONDER_FIELD_PATHS = [
  'autoresponder.enabled',
  'autoresponder.subject',
  'autoresponder.body',
  'autoresponder.startsAt',
  'autoresponder.endsAt',
] as const;

// The shared rules' messages, or the server's codes for the same rules, get a precise text.
const isMissingBody = (error: FieldError | undefined) =>
  error?.type === 'REQUIRED' || error?.message === 'Write the reply text';
const isEndBeforeStart = (error: FieldError | undefined) =>
  error?.type === 'INVALID_VALUE' || error?.message === 'Must be after the start';

/**
 * The out-of-office reply's controls — on or off, its text and an optional
 * window — inside any form with an `autoresponder` group.
 */
export const AutoresponderFields = () => {
  const { t } = useI18n();
  const form = useFormContext<AutoresponderFormValues>();
  const e = form.formState.errors.autoresponder;
  const dateProps = { type: 'datetime-local', slotProps: { inputLabel: { shrink: true } } };
  return (
    <>
      <Controller
        control={form.control}
        name="autoresponder.enabled"
        render={({ field }) => (
          <FormControlLabel
            label={t.myMailbox.autoresponderEnabled}
            control={
              <Switch
                checked={field.value}
                onChange={(ev) => field.onChange(ev.target.checked)}
                name={field.name}
              />
            }
          />
        )}
      />
      <TextField
        {...form.register('autoresponder.subject')}
        label={t.myMailbox.subject}
        error={Boolean(e?.subject)}
        helperText={fieldErrorText(e?.subject, t)}
      />
      <TextField
        {...form.register('autoresponder.body')}
        label={t.myMailbox.body}
        multiline
        minRows={4}
        error={Boolean(e?.body)}
        helperText={isMissingBody(e?.body) ? t.myMailbox.bodyRequired : fieldErrorText(e?.body, t)}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField
          {...form.register('autoresponder.startsAt')}
          {...dateProps}
          label={t.myMailbox.startsAt}
          error={Boolean(e?.startsAt)}
          helperText={fieldErrorText(e?.startsAt, t) ?? t.myMailbox.dateHelp}
        />
        <TextField
          {...form.register('autoresponder.endsAt')}
          {...dateProps}
          label={t.myMailbox.endsAt}
          error={Boolean(e?.endsAt)}
          helperText={
            isEndBeforeStart(e?.endsAt)
              ? t.myMailbox.endsBeforeStart
              : (fieldErrorText(e?.endsAt, t) ?? t.myMailbox.dateHelp)
          }
        />
      </Box>
    </>
  );
};
