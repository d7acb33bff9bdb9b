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
  createUserInputSchema,
  type OrganisationKind,
  type Permission,
  type UserRole,
} from '@casella/shared';
import type { z } from 'zod';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { PasswordField } from '../auth/password-field.component';
import { grantablePermissions } from './grantable-permissions';
import { GrantsField } from './grants-field.component';
import { PermissionToggles } from './permission-toggles.component';

type FormValues = z.input<typeof createUserInputSchema>;
export type CreateUserValues = z.output<typeof createUserInputSchema>;

const FIELDS: Path<FormValues>[] = [
  'login',
  'password',
  'name',
  'email',
  'role',
  'permissions',
  'grantedCustomerIds',
];

export interface CreateUserDialogProps {
  roles: UserRole[];
  orgKind: OrganisationKind;
  onSubmit: (values: CreateUserValues) => Promise<void>;
  onClose: () => void;
}

/** A new team member, administrator or manager with its permissions and grants. */
export const CreateUserDialog = ({ roles, orgKind, onSubmit, onClose }: CreateUserDialogProps) => {
  const { t } = useI18n();
  const notify = useNotify();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<FormValues, unknown, CreateUserValues>({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: {
      login: '',
      password: '',
      name: '',
      email: '',
      role: roles[0] ?? 'MEMBER',
      permissions: [],
      grantedCustomerIds: [],
    },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch('role');
  const available = grantablePermissions(role, orgKind);

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit({
        ...values,
        permissions: values.permissions.filter((p) => available.includes(p)),
        grantedCustomerIds: role === 'MANAGER' ? values.grantedCustomerIds : [],
      });
      onClose();
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
        <DialogTitle id={`${id}-title`}>{t.team.createTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            <TextField
              {...form.register('name')}
              label={t.team.name}
              required
              autoFocus
              error={Boolean(errors.name)}
              helperText={fieldErrorText(errors.name, t)}
            />
            <TextField
              {...form.register('email')}
              label={t.team.email}
              type="email"
              required
              error={Boolean(errors.email)}
              helperText={fieldErrorText(errors.email, t)}
            />
            <TextField
              {...form.register('login')}
              label={t.team.login}
              required
              autoComplete="off"
              error={Boolean(errors.login)}
              helperText={fieldErrorText(errors.login, t)}
            />
            <PasswordField
              {...form.register('password')}
              label={t.team.password}
              required
              autoComplete="new-password"
              error={Boolean(errors.password)}
              helperText={fieldErrorText(errors.password, t) ?? t.organisations.passwordHelp}
            />
            <Controller
              control={form.control}
              name="role"
              render={({ field }) => (
                <TextField
                  select
                  label={t.team.role}
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  inputRef={field.ref}
                  error={Boolean(errors.role)}
                  helperText={fieldErrorText(errors.role, t)}
                >
                  {roles.map((r) => (
                    <MenuItem key={r} value={r}>
                      {t.roles[r]}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            {role === 'ADMIN' ? (
              <Typography color="text.secondary">{t.team.adminHoldsAll}</Typography>
            ) : (
              <Controller
                control={form.control}
                name="permissions"
                render={({ field }) => (
                  <PermissionToggles
                    available={available}
                    value={(field.value ?? []) as Permission[]}
                    onChange={field.onChange}
                    error={fieldErrorText(
                      errors.permissions as { type: string; message?: string } | undefined,
                      t,
                    )}
                  />
                )}
              />
            )}
            {role === 'MANAGER' ? (
              <Controller
                control={form.control}
                name="grantedCustomerIds"
                render={({ field }) => (
                  <GrantsField
                    value={field.value ?? []}
                    onChange={field.onChange}
                    error={fieldErrorText(
                      errors.grantedCustomerIds as { type: string; message?: string } | undefined,
                      t,
                    )}
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
