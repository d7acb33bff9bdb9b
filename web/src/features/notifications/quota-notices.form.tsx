import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControlLabel,
  IconButton,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import {
  MAX_NOTICE_RECIPIENTS,
  notificationSettingsInputSchema,
  type NotificationSettingsInput,
} from '@casella/shared';
import type { z } from 'zod';
import type { NotificationSettingsFieldsFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { UpdateNotificationSettingsMutation } from './notifications.graphql';

type Values = z.output<typeof notificationSettingsInputSchema>;

/** Where quota notices go: e-mail addresses, and whether webhooks get the quota events. */
export const QuotaNoticesForm = ({
  settings,
}: {
  settings: NotificationSettingsFieldsFragment;
}) => {
  const { t } = useI18n();
  const n = t.notifications;
  const notify = useNotify();
  const [update] = useMutation(UpdateNotificationSettingsMutation);
  const [formError, setFormError] = useState<string>();
  // The row just added takes the focus; rows already there do not steal it.
  const [added, setAdded] = useState<number>();
  const form = useForm<NotificationSettingsInput, unknown, Values>({
    resolver: zodResolver(notificationSettingsInputSchema),
    defaultValues: {
      quotaEmailEnabled: settings.quotaEmailEnabled,
      quotaEmailRecipients: settings.quotaEmailRecipients,
      quotaWebhookEnabled: settings.quotaWebhookEnabled,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const emailOn = form.watch('quotaEmailEnabled');
  const list = form.watch('quotaEmailRecipients');
  const fields = (): Path<NotificationSettingsInput>[] => [
    'quotaEmailEnabled',
    'quotaEmailRecipients',
    'quotaWebhookEnabled',
    ...list.map((_, i) => `quotaEmailRecipients.${i}` as const),
  ];
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const { data } = await update({ variables: { input: values } });
      if (data) {
        const saved = data.updateNotificationSettings;
        form.reset({
          quotaEmailEnabled: saved.quotaEmailEnabled,
          quotaEmailRecipients: saved.quotaEmailRecipients,
          quotaWebhookEnabled: saved.quotaWebhookEnabled,
        });
      }
      setAdded(undefined);
      notify.success(n.quotaSaved);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, fields());
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  const add = () => {
    setAdded(list.length);
    form.setValue('quotaEmailRecipients', [...list, '']);
  };
  const remove = (i: number) => {
    setAdded(undefined);
    form.clearErrors('quotaEmailRecipients');
    form.setValue(
      'quotaEmailRecipients',
      list.filter((_, j) => j !== i),
      { shouldDirty: true },
    );
  };
  // A rule on the whole list (none given, too many), as opposed to one address.
  const whole = errors.quotaEmailRecipients;
  const listError =
    whole?.root ?? (whole?.type ? { type: whole.type, message: whole.message } : undefined);
  return (
    <Stack component="form" noValidate spacing={2} onSubmit={(e) => void submit(e)}>
      {formError ? <Alert severity="error">{formError}</Alert> : null}
      <Controller
        control={form.control}
        name="quotaEmailEnabled"
        render={({ field }) => (
          <FormControlLabel
            label={n.quotaEmailEnabled}
            control={
              <Switch
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                name={field.name}
              />
            }
          />
        )}
      />
      {emailOn ? (
        <Stack spacing={2} sx={{ pl: { sm: 2 } }}>
          {list.length === 0 ? (
            <Typography color="text.secondary">{n.noRecipients}</Typography>
          ) : null}
          {list.map((_, i) => (
            <Box key={i} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
              <Controller
                control={form.control}
                name={`quotaEmailRecipients.${i}`}
                render={({ field, fieldState }) => (
                  <TextField
                    {...field}
                    inputRef={field.ref}
                    label={n.recipient(i + 1)}
                    type="email"
                    autoComplete="off"
                    autoFocus={added === i}
                    fullWidth
                    error={Boolean(fieldState.error)}
                    helperText={fieldErrorText(fieldState.error, t)}
                  />
                )}
              />
              <IconButton
                onClick={() => remove(i)}
                aria-label={n.removeRecipient(list[i] ?? '')}
                sx={{ mt: 1 }}
              >
                <DeleteOutline />
              </IconButton>
            </Box>
          ))}
          {listError ? (
            <Typography color="error" variant="body2" role="alert">
              {list.length === 0 ? n.recipientsRequired : fieldErrorText(listError, t)}
            </Typography>
          ) : null}
          <Button
            onClick={add}
            startIcon={<Add />}
            sx={{ alignSelf: 'flex-start' }}
            disabled={list.length >= MAX_NOTICE_RECIPIENTS}
          >
            {n.addRecipient}
          </Button>
        </Stack>
      ) : null}
      <Controller
        control={form.control}
        name="quotaWebhookEnabled"
        render={({ field }) => (
          <FormControlLabel
            label={n.quotaWebhookEnabled}
            control={
              <Switch
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                name={field.name}
              />
            }
          />
        )}
      />
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
