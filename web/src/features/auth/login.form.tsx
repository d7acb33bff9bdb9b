import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, CircularProgress, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { LoginInput } from '@casella/shared';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import {
  mailboxAddress,
  mailboxLoginSchema,
  panelLoginSchema,
  type LoginMode,
  type MailboxLoginValues,
} from './login.schema';
import { PasswordField } from './password-field.component';

export interface LoginFormProps {
  /** Resolves on success; rejects with a sentence to show above the form. */
  onSubmit: (input: LoginInput) => Promise<void>;
  error?: string;
}

const PanelFields = ({ onSubmit }: Pick<LoginFormProps, 'onSubmit'>) => {
  const { t } = useI18n();
  const form = useForm({
    resolver: zodResolver(panelLoginSchema),
    defaultValues: { login: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Stack
      component="form"
      noValidate
      spacing={2.5}
      onSubmit={form.handleSubmit((values) => onSubmit(values))}
    >
      <TextField
        {...form.register('login')}
        label={t.auth.login}
        autoComplete="username"
        autoFocus
        error={Boolean(errors.login)}
        helperText={fieldErrorText(errors.login, t)}
        required
      />
      <PasswordField
        {...form.register('password')}
        label={t.auth.password}
        autoComplete="current-password"
        error={Boolean(errors.password)}
        helperText={fieldErrorText(errors.password, t)}
        required
      />
      <SubmitButton busy={isSubmitting} />
    </Stack>
  );
};

const MailboxFields = ({ onSubmit }: Pick<LoginFormProps, 'onSubmit'>) => {
  const { t } = useI18n();
  const form = useForm<MailboxLoginValues>({
    resolver: zodResolver(mailboxLoginSchema),
    defaultValues: { user: '', domain: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const fullAddress = form.watch('user').includes('@');
  return (
    <Stack
      component="form"
      noValidate
      spacing={2.5}
      onSubmit={form.handleSubmit((v) =>
        onSubmit({ login: mailboxAddress(v), password: v.password }),
      )}
    >
      <TextField
        {...form.register('user')}
        label={t.auth.mailboxUser}
        autoComplete="username"
        autoFocus
        error={Boolean(errors.user)}
        helperText={fieldErrorText(errors.user, t) ?? t.auth.mailboxUserHelp}
        required
      />
      <TextField
        {...form.register('domain')}
        label={t.auth.domain}
        disabled={fullAddress}
        error={Boolean(errors.domain)}
        helperText={fieldErrorText(errors.domain, t)}
        slotProps={{
          input: { startAdornment: <Box sx={{ mr: 0.5, color: 'text.secondary' }}>@</Box> },
        }}
        required={!fullAddress}
      />
      <PasswordField
        {...form.register('password')}
        label={t.auth.password}
        autoComplete="current-password"
        error={Boolean(errors.password)}
        helperText={fieldErrorText(errors.password, t)}
        required
      />
      <SubmitButton busy={isSubmitting} />
    </Stack>
  );
};

const SubmitButton = ({ busy }: { busy: boolean }) => {
  const { t } = useI18n();
  return (
    <Button
      type="submit"
      variant="contained"
      size="large"
      disabled={busy}
      startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
    >
      {t.auth.submit}
    </Button>
  );
};

/** Panel users sign in with their login name; mailbox owners with their address. */
export const LoginForm = ({ onSubmit, error }: LoginFormProps) => {
  const { t } = useI18n();
  const [mode, setMode] = useState<LoginMode>('panel');
  return (
    <Box>
      <Tabs
        value={mode}
        onChange={(_e, next: LoginMode) => setMode(next)}
        aria-label={t.auth.modeLabel}
        variant="fullWidth"
        sx={{ mb: 3 }}
      >
        <Tab value="panel" label={t.auth.modePanel} id="login-tab-panel" />
        <Tab value="mailbox" label={t.auth.modeMailbox} id="login-tab-mailbox" />
      </Tabs>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {error}
        </Alert>
      ) : null}
      <Box role="tabpanel" aria-labelledby={`login-tab-${mode}`}>
        {mode === 'panel' ? (
          <PanelFields onSubmit={onSubmit} />
        ) : (
          <MailboxFields onSubmit={onSubmit} />
        )}
      </Box>
    </Box>
  );
};
