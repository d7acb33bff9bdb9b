import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, CircularProgress, Stack } from '@mui/material';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { ForwardsFields, forwardsFieldPaths } from './forwards-fields.component';
import {
  forwardsFormSchema,
  type ForwardsFormInput,
  type ForwardsFormOutput,
} from './forwards.schema';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';

/** Forward addresses and the keep-a-copy switch, saved together. */
export const ForwardsForm = ({ forwards, keepCopy }: { forwards: string[]; keepCopy: boolean }) => {
  const { t } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateMyMailboxMutation);
  const [formError, setFormError] = useState<string>();
  const form = useForm<ForwardsFormInput, unknown, ForwardsFormOutput>({
    resolver: zodResolver(forwardsFormSchema),
    defaultValues: { forwards, keepCopy },
  });
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const { data } = await update({ variables: { input: values } });
      if (data)
        form.reset({
          forwards: data.updateMyMailbox.forwards,
          keepCopy: data.updateMyMailbox.keepCopy,
        });
      notify.success(t.myMailbox.forwardsSaved);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(
        e,
        form.setError,
        forwardsFieldPaths(form.getValues('forwards')),
      );
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  return (
    <FormProvider {...form}>
      <Stack component="form" noValidate spacing={2} onSubmit={(e) => void submit(e)}>
        {formError ? <Alert severity="error">{formError}</Alert> : null}
        <ForwardsFields />
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
