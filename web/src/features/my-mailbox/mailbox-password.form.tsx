import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, CircularProgress, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { PasswordField } from '../auth/password-field.component';
import {
  mailboxPasswordFormSchema,
  type MailboxPasswordFormValues,
} from './mailbox-password.schema';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';

const FIELDS: Path<MailboxPasswordFormValues>[] = [
  'currentPassword',
  'newPassword',
  'confirmPassword',
];
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** The mailbox's own password: the one the e-mail client uses too. */
export const MailboxPasswordForm = () => {
  const { t } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateMyMailboxMutation);
  const [formError, setFormError] = useState<string>();
  const form = useForm<MailboxPasswordFormValues>({
    resolver: zodResolver(mailboxPasswordFormSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(undefined);
    try {
      await update({ variables: { input: { currentPassword, newPassword } } });
      form.reset(EMPTY);
      notify.success(t.myMailbox.passwordChanged);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, FIELDS);
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  return (
    <Stack
      component="form"
      noValidate
      spacing={2.5}
      onSubmit={(e) => void submit(e)}
      sx={{ maxWidth: 420 }}
    >
      {formError ? <Alert severity="error">{formError}</Alert> : null}
      <PasswordField
        {...form.register('currentPassword')}
        label={t.profile.currentPassword}
        autoComplete="current-password"
        required
        error={Boolean(errors.currentPassword)}
        helperText={
          errors.currentPassword?.type === 'MISMATCH'
            ? t.profile.wrongCurrentPassword
            : fieldErrorText(errors.currentPassword, t)
        }
      />
      <PasswordField
        {...form.register('newPassword')}
        label={t.profile.newPassword}
        autoComplete="new-password"
        required
        error={Boolean(errors.newPassword)}
        helperText={fieldErrorText(errors.newPassword, t) ?? t.myMailbox.passwordHelp}
      />
      <PasswordField
        {...form.register('confirmPassword')}
        label={t.profile.confirmPassword}
        autoComplete="new-password"
        required
        error={Boolean(errors.confirmPassword)}
        helperText={fieldErrorText(errors.confirmPassword, t)}
      />
      <Button
        type="submit"
        variant="contained"
        disabled={isSubmitting}
        sx={{ alignSelf: 'flex-start' }}
        startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
      >
        {t.profile.submitPassword}
      </Button>
    </Stack>
  );
};
