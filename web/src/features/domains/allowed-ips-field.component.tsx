import { Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { codeForMessage } from '@casella/shared';
import { useState } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import {
  MAX_ALLOWED_IPS,
  type DomainSettingsFormInput,
  type DomainSettingsFormOutput,
} from './domain-settings.schema';

type Form = UseFormReturn<DomainSettingsFormInput, unknown, DomainSettingsFormOutput>;

/** Server errors carry their code as the type; the shared zod messages map to one. */
const codeOf = (e: { type: string; message?: string } | undefined) =>
  e ? (codeForMessage(e.message ?? '') ?? e.type) : undefined;

/** Rows of IP addresses or networks, added and removed one by one, at most five. */
export const AllowedIpsField = ({ form }: { form: Form }) => {
  const { t } = useI18n();
  const s = t.domainSettings;
  // The row just added takes the focus; rows already there do not steal it.
  const [added, setAdded] = useState<number>();
  const list = useWatch({ control: form.control, name: 'allowedIps' }) ?? [];
  const whole = form.formState.errors.allowedIps;
  const listError =
    whole?.root ?? (whole?.type ? { type: whole.type, message: whole.message } : undefined);
  const full = list.length >= MAX_ALLOWED_IPS;
  const add = () => {
    setAdded(list.length);
    form.setValue('allowedIps', [...list, ''], { shouldDirty: true });
  };
  const remove = (i: number) => {
    setAdded(undefined);
    form.clearErrors('allowedIps');
    form.setValue(
      'allowedIps',
      list.filter((_, j) => j !== i),
      { shouldDirty: true },
    );
  };
  return (
    <Stack spacing={1.5}>
      {list.length === 0 ? <Typography color="text.secondary">{s.noIps}</Typography> : null}
      {list.map((_, i) => (
        <Box key={i} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, maxWidth: 480 }}>
          <Controller
            control={form.control}
            name={`allowedIps.${i}`}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                inputRef={field.ref}
                label={s.allowedIp(i + 1)}
                autoComplete="off"
                spellCheck={false}
                autoFocus={added === i}
                fullWidth
                size="small"
                error={Boolean(fieldState.error)}
                helperText={
                  codeOf(fieldState.error) === 'INVALID_FORMAT'
                    ? s.ipInvalid
                    : fieldErrorText(fieldState.error, t)
                }
              />
            )}
          />
          <IconButton onClick={() => remove(i)} aria-label={s.removeIp(list[i] ?? '')}>
            <DeleteOutline />
          </IconButton>
        </Box>
      ))}
      {listError ? (
        <Typography color="error" variant="body2" role="alert">
          {codeOf(listError) === 'TOO_LONG' ? s.ipLimit : fieldErrorText(listError, t)}
        </Typography>
      ) : null}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button onClick={add} startIcon={<Add />} disabled={full}>
          {s.addIp}
        </Button>
        {full ? (
          <Typography variant="body2" color="text.secondary">
            {s.ipLimit}
          </Typography>
        ) : null}
      </Box>
    </Stack>
  );
};
