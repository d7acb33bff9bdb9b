import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@casella/shared';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import {
  webhookEndpointFormSchema,
  type WebhookEndpointFormInput,
  type WebhookEndpointFormValues,
} from './webhook-endpoint.schema';
import { webhookUrlErrorText } from './webhook-url-error';

const FIELDS: Path<WebhookEndpointFormInput>[] = ['url', 'description', 'eventTypes', 'enabled'];

export interface WebhookEndpointDialogProps {
  /** The endpoint being edited; a new one when absent. */
  endpoint?: { url: string; description: string; eventTypes: string[]; enabled: boolean };
  /** The server accepts http:// (development servers only). */
  httpAllowed: boolean;
  onSubmit: (values: WebhookEndpointFormValues) => Promise<void>;
  onClose: () => void;
}

/** Adds or edits a webhook endpoint: URL, description, events and the on/off switch. */
export const WebhookEndpointDialog = ({
  endpoint,
  httpAllowed,
  onSubmit,
  onClose,
}: WebhookEndpointDialogProps) => {
  const { t } = useI18n();
  const n = t.notifications;
  const notify = useNotify();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const schema = useMemo(() => webhookEndpointFormSchema(httpAllowed), [httpAllowed]);
  const form = useForm<WebhookEndpointFormInput, unknown, WebhookEndpointFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      url: endpoint?.url ?? '',
      description: endpoint?.description ?? '',
      eventTypes: (endpoint?.eventTypes ?? []) as WebhookEventType[],
      enabled: endpoint?.enabled ?? true,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, FIELDS);
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  const eventsError = errors.eventTypes as { type: string; message?: string } | undefined;
  return (
    <Dialog
      open
      onClose={isSubmitting ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id={`${id}-title`}>{endpoint ? n.editTitle : n.createTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            <TextField
              {...form.register('url')}
              label={n.url}
              type="url"
              required
              autoFocus
              autoComplete="off"
              placeholder="https://"
              error={Boolean(errors.url)}
              helperText={
                webhookUrlErrorText(errors.url, t) ?? (httpAllowed ? n.urlHelpHttp : n.urlHelp)
              }
            />
            <TextField
              {...form.register('description')}
              label={n.description}
              error={Boolean(errors.description)}
              helperText={fieldErrorText(errors.description, t) ?? n.descriptionHelp}
            />
            <Controller
              control={form.control}
              name="eventTypes"
              render={({ field }) => (
                <FormControl component="fieldset" error={Boolean(eventsError)} required>
                  <FormLabel component="legend">{n.events}</FormLabel>
                  <FormGroup>
                    {WEBHOOK_EVENT_TYPES.map((type) => (
                      <FormControlLabel
                        key={type}
                        label={
                          <span>
                            {n.eventTypes[type] ?? type}{' '}
                            <Typography
                              component="code"
                              variant="body2"
                              color="text.secondary"
                              sx={{ fontFamily: 'ui-monospace, monospace' }}
                            >
                              {type}
                            </Typography>
                          </span>
                        }
                        control={
                          <Checkbox
                            name={`event-${type}`}
                            checked={field.value.includes(type)}
                            onChange={(e) =>
                              field.onChange(
                                e.target.checked
                                  ? [...field.value, type]
                                  : field.value.filter((v) => v !== type),
                              )
                            }
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  {eventsError ? (
                    <FormHelperText>
                      {field.value.length === 0 ? n.chooseEvent : fieldErrorText(eventsError, t)}
                    </FormHelperText>
                  ) : null}
                </FormControl>
              )}
            />
            <Controller
              control={form.control}
              name="enabled"
              render={({ field }) => (
                <FormControlLabel
                  label={n.enabled}
                  control={
                    <Switch
                      checked={field.value ?? true}
                      onChange={(e) => field.onChange(e.target.checked)}
                      name={field.name}
                    />
                  }
                />
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={onClose} disabled={isSubmitting}>
            {t.common.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {endpoint ? t.common.save : t.common.create}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
