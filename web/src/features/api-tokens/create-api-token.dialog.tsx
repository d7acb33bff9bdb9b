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
  TextField,
} from '@mui/material';
import { useId, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '@casella/shared';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { createApiTokenFormSchema, type CreateApiTokenFormValues } from './create-api-token.schema';

const FIELDS: Path<CreateApiTokenFormValues>[] = ['name', 'scopes', 'expiresAt'];

export const CreateApiTokenDialog = ({
  onSubmit,
  onClose,
}: {
  onSubmit: (values: CreateApiTokenFormValues) => Promise<void>;
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const notify = useNotify();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateApiTokenFormValues>({
    resolver: zodResolver(createApiTokenFormSchema),
    defaultValues: { name: '', scopes: ['READ'], expiresAt: '' },
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
  return (
    <Dialog
      open
      onClose={isSubmitting ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id={`${id}-title`}>{t.apiTokens.createTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            <TextField
              {...form.register('name')}
              label={t.apiTokens.name}
              required
              autoFocus
              error={Boolean(errors.name)}
              helperText={fieldErrorText(errors.name, t) ?? t.apiTokens.nameHelp}
            />
            <Controller
              control={form.control}
              name="scopes"
              render={({ field }) => (
                <FormControl component="fieldset" error={Boolean(errors.scopes)}>
                  <FormLabel component="legend">{t.apiTokens.scopes}</FormLabel>
                  <FormGroup row>
                    {API_TOKEN_SCOPES.map((s: ApiTokenScope) => (
                      <FormControlLabel
                        key={s}
                        label={t.apiTokens[`scope${s}`]}
                        control={
                          <Checkbox
                            name={`scope-${s}`}
                            checked={field.value.includes(s)}
                            onChange={(e) =>
                              field.onChange(
                                e.target.checked
                                  ? [...field.value, s]
                                  : field.value.filter((v) => v !== s),
                              )
                            }
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  {errors.scopes ? (
                    <FormHelperText>
                      {fieldErrorText(errors.scopes as { type: string; message?: string }, t)}
                    </FormHelperText>
                  ) : null}
                </FormControl>
              )}
            />
            <TextField
              {...form.register('expiresAt')}
              label={t.apiTokens.expiresAt}
              type="date"
              slotProps={{ inputLabel: { shrink: true } }}
              error={Boolean(errors.expiresAt)}
              helperText={fieldErrorText(errors.expiresAt, t) ?? t.apiTokens.expiresHelp}
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
            {t.common.create}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
