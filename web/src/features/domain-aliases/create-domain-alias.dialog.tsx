import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
} from '@mui/material';
import {
  createDomainAliasInputSchema,
  normaliseDomainName,
  type CreateDomainAliasInput,
} from '@casella/shared';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { domainAliasNameErrorText } from './domain-alias-errors';

export interface CreateDomainAliasDialogProps {
  domainName: string;
  /** The name as typed, checked; the server stores its A-label. */
  onSubmit: (input: { name: string; allowWww: boolean }) => Promise<void>;
  onClose: () => void;
}

/** Another name for the domain; internationalised names are welcome here. */
export const CreateDomainAliasDialog = ({
  domainName,
  onSubmit,
  onClose,
}: CreateDomainAliasDialogProps) => {
  const { t } = useI18n();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateDomainAliasInput, unknown, { name: string }>({
    resolver: zodResolver(createDomainAliasInputSchema),
    defaultValues: { name: '', allowWww: false },
  });
  const { errors, isSubmitting } = form.formState;
  // What DNS will see, shown as the person types an accented name.
  const preview = normaliseDomainName(form.watch('name'), { allowIdn: true, allowWww: true });
  const startsWithWww = preview.ok && preview.ascii.startsWith('www.');

  const submit = form.handleSubmit(async ({ name }) => {
    setFormError(undefined);
    try {
      await onSubmit({ name, allowWww: form.getValues('allowWww') ?? false });
      onClose();
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, ['name', 'allowWww']);
      if (!placed) setFormError(apiErrorText(apiError, t));
    }
  });

  return (
    <Dialog
      open
      onClose={isSubmitting ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      fullWidth
      maxWidth="sm"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id={`${id}-title`}>{t.domainAliases.createTitle(domainName)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText id={`${id}-hint`}>{t.domainAliases.hint}</DialogContentText>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            <TextField
              {...form.register('name')}
              label={t.domainAliases.name}
              required
              autoFocus
              autoComplete="off"
              error={Boolean(errors.name)}
              helperText={
                domainAliasNameErrorText(errors.name, t) ??
                (preview.ok && preview.isIdn
                  ? t.domainAliases.asciiName(preview.ascii)
                  : t.domainAliases.nameHelp)
              }
            />
            {startsWithWww ? (
              <Controller
                control={form.control}
                name="allowWww"
                render={({ field }) => (
                  <FormControlLabel
                    label={t.domainAliases.allowWww}
                    control={
                      <Checkbox
                        checked={field.value ?? false}
                        onChange={(e) => field.onChange(e.target.checked)}
                        name={field.name}
                      />
                    }
                  />
                )}
              />
            ) : null}
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
