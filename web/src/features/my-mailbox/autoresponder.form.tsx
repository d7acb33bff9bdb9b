import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, type FieldError, type Path } from 'react-hook-form';
import type { MyMailboxFieldsFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import {
  autoresponderFormSchema,
  isoToLocal,
  toAutoresponderInput,
  type AutoresponderFormValues,
} from './autoresponder.schema';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';

type Autoresponder = MyMailboxFieldsFragment['autoresponder'];

const FIELDS: Path<AutoresponderFormValues>[] = [
  'autoresponder.enabled',
  'autoresponder.subject',
  'autoresponder.body',
  'autoresponder.startsAt',
  'autoresponder.endsAt',
];

// The shared rules' messages, or the server's codes for the same rules, get a precise text.
const isMissingBody = (error: FieldError | undefined) =>
  error?.type === 'REQUIRED' || error?.message === 'Write the reply text';
const isEndBeforeStart = (error: FieldError | undefined) =>
  error?.type === 'INVALID_VALUE' || error?.message === 'Must be after the start';

const toValues = (a: Autoresponder): AutoresponderFormValues => ({
  autoresponder: {
    enabled: a.enabled,
    subject: a.subject,
    body: a.body,
    startsAt: isoToLocal(a.startsAt),
    endsAt: isoToLocal(a.endsAt),
  },
});

/** The out-of-office reply: on or off, its text and an optional window. */
export const AutoresponderForm = ({ autoresponder }: { autoresponder: Autoresponder }) => {
  const { t } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateMyMailboxMutation);
  const [formError, setFormError] = useState<string>();
  const form = useForm<AutoresponderFormValues>({
    resolver: zodResolver(autoresponderFormSchema),
    defaultValues: toValues(autoresponder),
  });
  const { errors, isSubmitting } = form.formState;
  const e = errors.autoresponder;
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const { data } = await update({
        variables: { input: { autoresponder: toAutoresponderInput(values) } },
      });
      if (data) form.reset(toValues(data.updateMyMailbox.autoresponder));
      notify.success(t.myMailbox.autoresponderSaved);
    } catch (err) {
      const { apiError, placed } = applyServerErrors(err, form.setError, FIELDS);
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  const dateProps = { type: 'datetime-local', slotProps: { inputLabel: { shrink: true } } };
  return (
    <Stack component="form" noValidate spacing={2.5} onSubmit={(ev) => void submit(ev)}>
      {formError ? <Alert severity="error">{formError}</Alert> : null}
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
      <Button
        type="submit"
        variant="contained"
        disabled={isSubmitting}
        sx={{ alignSelf: 'flex-start' }}
        startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
      >
        {t.common.save}
      </Button>
    </Stack>
  );
};
