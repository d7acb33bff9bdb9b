import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControlLabel,
  IconButton,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
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
  // The row just added takes the focus; rows already there do not steal it.
  const [added, setAdded] = useState<number>();
  const form = useForm<ForwardsFormInput, unknown, ForwardsFormOutput>({
    resolver: zodResolver(forwardsFormSchema),
    defaultValues: { forwards, keepCopy },
  });
  const { errors, isSubmitting } = form.formState;
  const list = form.watch('forwards');
  const fields = (): Path<ForwardsFormInput>[] => [
    'forwards',
    'keepCopy',
    ...list.map((_, i) => `forwards.${i}` as const),
  ];
  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const { data } = await update({ variables: { input: values } });
      if (data)
        form.reset({
          forwards: data.updateMyMailbox.forwards,
          keepCopy: data.updateMyMailbox.keepCopy,
        });
      setAdded(undefined);
      notify.success(t.myMailbox.forwardsSaved);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, fields());
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });
  const add = () => {
    setAdded(list.length);
    form.setValue('forwards', [...list, '']);
  };
  const remove = (i: number) => {
    setAdded(undefined);
    form.clearErrors('forwards');
    form.setValue(
      'forwards',
      list.filter((_, j) => j !== i),
      { shouldDirty: true },
    );
  };
  // A rule on the whole list (at most 20), as opposed to one address.
  const whole = errors.forwards;
  const listError =
    whole?.root ?? (whole?.type ? { type: whole.type, message: whole.message } : undefined);
  return (
    <Stack component="form" noValidate spacing={2} onSubmit={(e) => void submit(e)}>
      {formError ? <Alert severity="error">{formError}</Alert> : null}
      {list.length === 0 ? (
        <Typography color="text.secondary">{t.myMailbox.noForwards}</Typography>
      ) : null}
      {list.map((_, i) => (
        <Box key={i} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Controller
            control={form.control}
            name={`forwards.${i}`}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                inputRef={field.ref}
                label={t.myMailbox.forwardAddress(i + 1)}
                type="email"
                autoComplete="off"
                autoFocus={added === i}
                fullWidth
                error={Boolean(fieldState.error)}
                helperText={fieldErrorText(fieldState.error, t)}
              />
            )}
          />
          <IconButton
            onClick={() => remove(i)}
            aria-label={t.myMailbox.removeForward(list[i] ?? '')}
            sx={{ mt: 1 }}
          >
            <DeleteOutline />
          </IconButton>
        </Box>
      ))}
      {listError ? (
        <Typography color="error" variant="body2">
          {fieldErrorText(listError, t)}
        </Typography>
      ) : null}
      <Button
        onClick={add}
        startIcon={<Add />}
        sx={{ alignSelf: 'flex-start' }}
        disabled={list.length >= 20}
      >
        {t.myMailbox.addForward}
      </Button>
      <Controller
        control={form.control}
        name="keepCopy"
        render={({ field }) => (
          <FormControlLabel
            label={t.myMailbox.keepCopy}
            control={
              <Switch
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                name={field.name}
              />
            }
          />
        )}
      />
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
  );
};
