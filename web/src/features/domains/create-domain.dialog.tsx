import { useMutation } from '@apollo/client/react';
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
  FormControlLabel,
  FormHelperText,
  Stack,
  TextField,
} from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import type { DomainRowFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { PasswordField } from '../auth/password-field.component';
import {
  createDomainFormSchema,
  type CreateDomainFormInput,
  type CreateDomainFormOutput,
} from './create-domain.schema';
import { CustomerPicker } from './customer-picker.component';
import { domainNameErrorText, isWwwName, readDomainName } from './domain-name-error';
import { CreateDomainMutation } from './domains.graphql';

const FIELDS: Path<CreateDomainFormInput>[] = [
  'name',
  'postmasterPassword',
  'customerId',
  'allowWww',
];

export interface CreateDomainDialogProps {
  /** Resellers and the platform (not acting as a customer) name the customer. */
  picksCustomer: boolean;
  onClose: () => void;
  onCreated: (domain: DomainRowFragment) => void;
}

/** A new domain with its postmaster password; it then awaits ownership verification. */
export const CreateDomainDialog = ({
  picksCustomer,
  onClose,
  onCreated,
}: CreateDomainDialogProps) => {
  const { t } = useI18n();
  const notify = useNotify();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [create] = useMutation(CreateDomainMutation, { refetchQueries: ['Domains'] });
  const resolver = useMemo(
    () => zodResolver(createDomainFormSchema(picksCustomer)),
    [picksCustomer],
  );
  const form = useForm<CreateDomainFormInput, unknown, CreateDomainFormOutput>({
    resolver,
    defaultValues: { customerId: '', name: '', postmasterPassword: '', allowWww: false },
  });
  const { errors, isSubmitting } = form.formState;
  const typed = form.watch('name');
  const www = isWwwName(typed);
  const read = readDomainName(typed);
  const postmaster = `postmaster@${read.ok ? read.unicode : t.domains.yourDomain}`;

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name,
            postmasterPassword: values.postmasterPassword,
            allowWww: www && values.allowWww,
            customerId: picksCustomer ? values.customerId : undefined,
          },
        },
      });
      if (!data) return;
      notify.success(t.domains.created(data.createDomain.name));
      onClose();
      onCreated(data.createDomain);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, FIELDS);
      // A CONFLICT without a field is a plan limit.
      const text =
        apiError.code === 'CONFLICT' && apiError.fields.length === 0
          ? t.domains.planLimit
          : apiErrorText(apiError, t);
      if (!placed) setFormError(text);
      notify.error(text);
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
        <DialogTitle id={`${id}-title`}>{t.domains.createTitle}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            {picksCustomer ? (
              <Controller
                control={form.control}
                name="customerId"
                render={({ field }) => (
                  <CustomerPicker
                    value={field.value}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    error={fieldErrorText(errors.customerId, t)}
                  />
                )}
              />
            ) : null}
            <TextField
              {...form.register('name')}
              label={t.domains.name}
              required
              autoFocus={!picksCustomer}
              autoComplete="off"
              spellCheck={false}
              error={Boolean(errors.name)}
              helperText={domainNameErrorText(errors.name, typed, t) ?? t.domains.nameHelp}
            />
            {www ? (
              <Controller
                control={form.control}
                name="allowWww"
                render={({ field }) => (
                  <div>
                    <FormControlLabel
                      label={t.domains.allowWww(read.ok ? read.unicode : typed)}
                      control={
                        <Checkbox
                          checked={Boolean(field.value)}
                          onChange={(e) => {
                            field.onChange(e.target.checked);
                            form.clearErrors('name');
                          }}
                          inputRef={field.ref}
                          slotProps={{ input: { 'aria-describedby': `${id}-www` } }}
                        />
                      }
                    />
                    <FormHelperText id={`${id}-www`} sx={{ mt: 0 }}>
                      {t.domains.wwwHint}
                    </FormHelperText>
                  </div>
                )}
              />
            ) : null}
            <PasswordField
              {...form.register('postmasterPassword')}
              label={t.domains.postmasterPassword}
              required
              autoComplete="new-password"
              error={Boolean(errors.postmasterPassword)}
              helperText={
                fieldErrorText(errors.postmasterPassword, t) ??
                t.domains.postmasterPasswordHelp(postmaster)
              }
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
