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
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { AliasRowFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { useI18n } from '../../lib/i18n/i18n.context';
import { AddressRows, addressRowPaths } from '../my-mailbox/address-rows.component';
import { aliasErrorText, aliasFieldErrorText } from './alias-errors';
import {
  createAliasFormSchema,
  editAliasFormSchema,
  type AliasFormInput,
  type AliasFormValues,
} from './alias-form.schema';

const MAX_DESTINATIONS = 50;

export interface AliasFormDialogProps {
  domainName: string;
  /** The alias to edit; a new one when absent. */
  alias?: AliasRowFragment;
  onSubmit: (values: AliasFormValues) => Promise<void>;
  onClose: () => void;
}

/** An address and where its mail goes: mailboxes of the domain or any other address. */
export const AliasFormDialog = ({ domainName, alias, onSubmit, onClose }: AliasFormDialogProps) => {
  const { t } = useI18n();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const form = useForm<AliasFormInput, unknown, AliasFormValues>({
    resolver: zodResolver(alias ? editAliasFormSchema : createAliasFormSchema),
    defaultValues: {
      localPart: alias?.localPart ?? '',
      destinations: alias ? [...alias.destinations] : [''],
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      const paths = [
        'localPart' as const,
        ...addressRowPaths('destinations', form.getValues('destinations')),
      ];
      const { apiError, placed } = applyServerErrors(e, form.setError, paths);
      if (!placed) setFormError(aliasErrorText(apiError, t));
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
      <FormProvider {...form}>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <DialogTitle id={`${id}-title`}>
            {alias ? t.aliases.editTitle(alias.address) : t.aliases.createTitle(domainName)}
          </DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ pt: 1 }}>
              {formError ? <Alert severity="error">{formError}</Alert> : null}
              {alias ? null : (
                <TextField
                  {...form.register('localPart')}
                  label={t.aliases.address}
                  required
                  autoFocus
                  autoComplete="off"
                  error={Boolean(errors.localPart)}
                  helperText={aliasFieldErrorText(errors.localPart, t) ?? t.mailboxes.localPartHelp}
                  slotProps={{
                    input: {
                      endAdornment: <InputAdornment position="end">@{domainName}</InputAdornment>,
                    },
                  }}
                />
              )}
              <div>
                <Typography variant="h3" component="h3">
                  {t.aliases.destinations}
                </Typography>
                <Typography color="text.secondary">{t.aliases.destinationsHint}</Typography>
              </div>
              <AddressRows
                name="destinations"
                rowLabel={t.aliases.destination}
                removeLabel={t.aliases.removeDestination}
                addLabel={t.aliases.addDestination}
                emptyText={t.aliases.noDestinations}
                max={MAX_DESTINATIONS}
                errorText={(error) => aliasFieldErrorText(error, t)}
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
              {alias ? t.common.save : t.common.create}
            </Button>
          </DialogActions>
        </form>
      </FormProvider>
    </Dialog>
  );
};
