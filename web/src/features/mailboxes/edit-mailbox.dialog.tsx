import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
} from '@mui/material';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { DomainServices, MailboxRowFragment, UpdateMailboxInput } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { PasswordField } from '../auth/password-field.component';
import { mailboxFieldPaths } from './mailbox-dialog-paths';
import { mailboxErrorText } from './mailbox-errors';
import { MailboxFields } from './mailbox-fields.component';
import {
  editMailboxFormSchema,
  tierOf,
  toEditForm,
  toUpdateInput,
  type EditMailboxFormInput,
  type EditMailboxFormValues,
} from './mailbox-form.schema';
import { MailboxStateField } from './mailbox-state-field.component';

export interface EditMailboxDialogProps {
  mailbox: MailboxRowFragment;
  tiers: readonly number[];
  maxQuotaGb: number | null | undefined;
  domainServices?: DomainServices;
  /** MAILBOXES_EDIT and PASSWORDS_CHANGE: what the viewer may change. */
  may: { edit: boolean; changePassword: boolean };
  onSubmit: (input: UpdateMailboxInput) => Promise<void>;
  onClose: () => void;
}

/** Changes a mailbox; only what was changed is sent, and an empty password keeps the old one. */
export const EditMailboxDialog = ({
  mailbox,
  tiers,
  maxQuotaGb,
  domainServices,
  may,
  onSubmit,
  onClose,
}: EditMailboxDialogProps) => {
  const { t } = useI18n();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<EditMailboxFormInput, unknown, EditMailboxFormValues>({
    resolver: zodResolver(editMailboxFormSchema),
    defaultValues: toEditForm(mailbox),
  });
  const { errors, isSubmitting } = form.formState;
  // A mailbox keeps its tier in the list even when the viewer could not give it.
  const current = tierOf(mailbox.quotaMb);
  const options =
    current !== null && !tiers.includes(current)
      ? [...tiers, current].sort((a, b) => a - b)
      : tiers;

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const input = toUpdateInput(mailbox, values, may);
    try {
      if (Object.keys(input).length) await onSubmit(input);
      onClose();
    } catch (e) {
      const paths = ['state' as const, ...mailboxFieldPaths(form.getValues('forwards'))];
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
          <DialogTitle id={`${id}-title`}>{t.mailboxes.editTitle(mailbox.address)}</DialogTitle>
          <DialogContent dividers>
            <Stack spacing={2.5}>
              {formError ? <Alert severity="error">{formError}</Alert> : null}
              {!may.edit ? <Alert severity="info">{t.mailboxes.onlyPassword}</Alert> : null}
              {may.changePassword ? (
                <PasswordField
                  {...form.register('password')}
                  label={t.mailboxes.newPassword}
                  autoComplete="new-password"
                  error={Boolean(errors.password)}
                  helperText={fieldErrorText(errors.password, t) ?? t.mailboxes.newPasswordHelp}
                />
              ) : null}
              {may.edit ? (
                <>
                  <MailboxStateField current={mailbox.state} isPostmaster={mailbox.isPostmaster} />
                  <MailboxFields
                    tiers={options}
                    maxQuotaGb={maxQuotaGb}
                    domainServices={domainServices}
                    fixedQuota={mailbox.isPostmaster ? t.mailboxes.quotaFixed : undefined}
                  />
                </>
              ) : null}
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
              {t.common.save}
            </Button>
          </DialogActions>
        </form>
      </FormProvider>
    </Dialog>
  );
};
