import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  InputAdornment,
  Stack,
  TextField,
} from '@mui/material';
import { initialQuotaTier } from '@casella/shared';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { DomainServices } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { PasswordField } from '../auth/password-field.component';
import { mailboxFieldPaths } from './mailbox-dialog-paths';
import { localPartErrorText, mailboxErrorText } from './mailbox-errors';
import { MailboxFields } from './mailbox-fields.component';
import {
  createMailboxFormSchema,
  emptyMailboxForm,
  type CreateMailboxFormInput,
  type CreateMailboxFormValues,
} from './mailbox-form.schema';

export interface CreateMailboxDialogProps {
  /** The domain's name as people read it, shown after the @. */
  domainName: string;
  tiers: readonly number[];
  maxQuotaGb: number | null | undefined;
  defaultQuotaGb: number | null | undefined;
  domainServices?: DomainServices;
  onSubmit: (values: CreateMailboxFormValues) => Promise<void>;
  onClose: () => void;
}

/** A new mailbox: address and password, and optionally everything else. */
export const CreateMailboxDialog = ({
  domainName,
  tiers,
  maxQuotaGb,
  defaultQuotaGb,
  domainServices,
  onSubmit,
  onClose,
}: CreateMailboxDialogProps) => {
  const { t } = useI18n();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<CreateMailboxFormInput, unknown, CreateMailboxFormValues>({
    resolver: zodResolver(createMailboxFormSchema),
    defaultValues: emptyMailboxForm(initialQuotaTier(tiers, defaultQuotaGb) ?? 1),
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      const paths = ['localPart' as const, ...mailboxFieldPaths(form.getValues('forwards'))];
      const { apiError, placed } = applyServerErrors(e, form.setError, paths);
      if (!placed) setFormError(mailboxErrorText(apiError, t));
    }
  });

  return (
    <Dialog
      open
      onClose={isSubmitting ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <FormProvider {...form}>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <DialogTitle id={`${id}-title`}>{t.mailboxes.createTitle(domainName)}</DialogTitle>
          <DialogContent dividers>
            <Stack spacing={2.5}>
              {formError ? <Alert severity="error">{formError}</Alert> : null}
              <TextField
                {...form.register('localPart')}
                label={t.mailboxes.address}
                required
                autoFocus
                autoComplete="off"
                error={Boolean(errors.localPart)}
                helperText={localPartErrorText(errors.localPart, t) ?? t.mailboxes.localPartHelp}
                slotProps={{
                  input: {
                    endAdornment: <InputAdornment position="end">@{domainName}</InputAdornment>,
                  },
                }}
              />
              <PasswordField
                {...form.register('password')}
                label={t.mailboxes.password}
                required
                autoComplete="new-password"
                error={Boolean(errors.password)}
                helperText={fieldErrorText(errors.password, t) ?? t.mailboxes.passwordHelp}
              />
              <MailboxFields
                tiers={tiers}
                maxQuotaGb={maxQuotaGb}
                domainServices={domainServices}
              />
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 2 }}>
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
      </FormProvider>
    </Dialog>
  );
};
