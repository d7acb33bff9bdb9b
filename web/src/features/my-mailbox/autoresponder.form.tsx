import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, CircularProgress, Stack } from '@mui/material';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { MyMailboxFieldsFragment } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { AUTORESPONDER_FIELD_PATHS, AutoresponderFields } from './autoresponder-fields.component';
import {
  autoresponderFormSchema,
  toAutoresponderFields,
  toAutoresponderInput,
  type AutoresponderFormValues,
} from './autoresponder.schema';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';

type Autoresponder = MyMailboxFieldsFragment['autoresponder'];

const toValues = (a: Autoresponder): AutoresponderFormValues => ({
  autoresponder: toAutoresponderFields(a),
});

/** The out-of-office reply: on or off, its text and an optional window. */
export const AutoresponderForm = ({ autoresponder }: { autoresponder: Autoresponder }) => {
  const { t } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateMyMailboxMutation);
  const [formError, setFormError] = useState<string>();
  const form = useForm<AutoresponderFormValues>({
    resolver: zodResolver(autoresponderFormSchema),
    defaultValues: toValues(autoresponder),
  });
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const { data } = await update({
        variables: { input: { autoresponder: toAutoresponderInput(values) } },
      });
      if (data) form.reset(toValues(data.updateMyMailbox.autoresponder));
      notify.success(t.myMailbox.autoresponderSaved);
    } catch (err) {
      const { apiError, placed } = applyServerErrors(err, form.setError, AUTORESPONDER_FIELD_PATHS);
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  return (
    <FormProvider {...form}>
      <Stack component="form" noValidate spacing={2.5} onSubmit={(ev) => void submit(ev)}>
        {formError ? <Alert severity="error">{formError}</Alert> : null}
        <AutoresponderFields />
        <Button
          type="submit"
          variant="contained"
          disabled={isSubmitting}
          sx={{ alignSelf: 'flex-start' }}
          startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {t.common.save}
        </Button>
      </Stack>
    </FormProvider>
  );
};
