import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import type { OrganisationKind, Permission } from '@casella/shared';
import type { UserRowFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { PasswordField } from '../auth/password-field.component';
import { editUserSchema, type EditUserFormValues, type EditUserValues } from './edit-user.schema';
import { grantablePermissions } from './grantable-permissions';
import { GrantsField } from './grants-field.component';
import { PermissionToggles } from './permission-toggles.component';

const FIELDS: Path<EditUserFormValues>[] = [
  'name',
  'email',
  'permissions',
  'grantedCustomerIds',
  'disabled',
  'password',
];

export interface EditUserDialogProps {
  user: UserRowFragment;
  orgKind: OrganisationKind;
  isSelf: boolean;
  onSubmit: (values: EditUserValues) => Promise<void>;
  onClose: () => void;
}

export const EditUserDialog = ({
  user,
  orgKind,
  isSelf,
  onSubmit,
  onClose,
}: EditUserDialogProps) => {
  const { t } = useI18n();
  const notify = useNotify();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<EditUserFormValues, unknown, EditUserValues>({
    resolver: zodResolver(editUserSchema),
    defaultValues: {
      name: user.name,
      email: user.email,
      permissions: [...user.permissions],
      grantedCustomerIds: user.grantedCustomers.map((c) => c.id),
      disabled: user.disabled,
      password: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const available = grantablePermissions(user.role, orgKind);

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
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
        <DialogTitle id={`${id}-title`}>{t.team.editTitle(user.login)}</DialogTitle>
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
            <PasswordField
              {...form.register('password')}
              label={t.team.newPassword}
              autoComplete="new-password"
              error={Boolean(errors.password)}
              helperText={fieldErrorText(errors.password, t) ?? t.team.newPasswordHelp}
            />
            {user.role === 'ADMIN' ? (
              <Typography color="text.secondary">{t.team.adminHoldsAll}</Typography>
            ) : isSelf ? null : (
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
            {user.role === 'MANAGER' ? (
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
            {isSelf ? null : (
              <Controller
                control={form.control}
                name="disabled"
                render={({ field }) => (
                  <FormControlLabel
                    control={
                      <Switch
                        checked={Boolean(field.value)}
                        onChange={(e) => field.onChange(e.target.checked)}
                      />
                    }
                    label={t.team.disabled}
                  />
                )}
              />
            )}
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
            {t.common.save}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
