import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import {
  createOrganisationInputSchema,
  LANGUAGES,
  type updateOrganisationInputSchema,
  type Language,
} from '@casella/shared';
import type { z } from 'zod';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { PasswordField } from '../auth/password-field.component';

export type CreateOrganisationValues = z.output<typeof createOrganisationInputSchema>;
export type UpdateOrganisationValues = z.output<typeof updateOrganisationInputSchema>;
type FormValues = z.input<typeof createOrganisationInputSchema>;

const FIELDS: Path<FormValues>[] = [
  'name',
  'contactEmail',
  'language',
  'admin.login',
  'admin.password',
];

export type OrganisationFormDialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
} & (
  | {
      mode: 'create';
      /** Platform creating a customer: the resellers it may belong to (none: direct). */
      parentOptions?: { id: string; name: string }[];
      onSubmit: (values: CreateOrganisationValues, parentId?: string) => Promise<void>;
    }
  | {
      mode: 'edit';
      initial: { name: string; contactEmail: string; language: Language };
      onSubmit: (values: UpdateOrganisationValues) => Promise<void>;
    }
);

// Editing has no admin account: fill it with valid placeholders the edit schema ignores.
const EDIT_ADMIN = { login: 'unchanged', password: 'unchanged-1' };

/** Create or edit a reseller or customer; server field errors land on their fields. */
export const OrganisationFormDialog = (props: OrganisationFormDialogProps) => {
  const { t } = useI18n();
  const notify = useNotify();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [parentId, setParentId] = useState('');
  const form = useForm<FormValues>({
    resolver: zodResolver(createOrganisationInputSchema),
    defaultValues:
      props.mode === 'edit'
        ? { ...props.initial, admin: EDIT_ADMIN }
        : { name: '', contactEmail: '', language: 'it', admin: { login: '', password: '' } },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (raw) => {
    setFormError(undefined);
    const values = createOrganisationInputSchema.parse(raw);
    try {
      if (props.mode === 'create') await props.onSubmit(values, parentId || undefined);
      else {
        const { name, contactEmail, language } = values;
        await props.onSubmit({ name, contactEmail, language });
      }
      props.onClose();
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, FIELDS);
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });

  return (
    <Dialog
      open={props.open}
      onClose={isSubmitting ? undefined : props.onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id={`${id}-title`}>{props.title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            <TextField
              {...form.register('name')}
              label={t.organisations.name}
              required
              autoFocus
              error={Boolean(errors.name)}
              helperText={fieldErrorText(errors.name, t)}
            />
            <TextField
              {...form.register('contactEmail')}
              label={t.organisations.contactEmail}
              type="email"
              required
              error={Boolean(errors.contactEmail)}
              helperText={fieldErrorText(errors.contactEmail, t)}
            />
            <Controller
              control={form.control}
              name="language"
              render={({ field }) => (
                <TextField
                  select
                  label={t.organisations.language}
                  value={field.value ?? 'it'}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={Boolean(errors.language)}
                  helperText={fieldErrorText(errors.language, t)}
                >
                  {LANGUAGES.map((l) => (
                    <MenuItem key={l} value={l}>
                      {t.language[l]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {props.mode === 'create' && props.parentOptions ? (
              <TextField
                select
                label={t.organisations.reseller}
                value={parentId}
                onChange={(e) => setParentId(e.target.value)}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">{t.organisations.directCustomer}</MenuItem>
                {props.parentOptions.map((o) => (
                  <MenuItem key={o.id} value={o.id}>
                    {o.name}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            {props.mode === 'create' ? (
              <>
                <Typography variant="h3" component="h3" sx={{ pt: 1 }}>
                  {t.organisations.adminSection}
                </Typography>
                <TextField
                  {...form.register('admin.login')}
                  label={t.organisations.adminLogin}
                  required
                  autoComplete="off"
                  error={Boolean(errors.admin?.login)}
                  helperText={fieldErrorText(errors.admin?.login, t)}
                />
                <PasswordField
                  {...form.register('admin.password')}
                  label={t.organisations.adminPassword}
                  required
                  autoComplete="new-password"
                  error={Boolean(errors.admin?.password)}
                  helperText={
                    fieldErrorText(errors.admin?.password, t) ?? t.organisations.passwordHelp
                  }
                />
              </>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={props.onClose} disabled={isSubmitting}>
            {t.common.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {props.mode === 'create' ? t.common.create : t.common.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
