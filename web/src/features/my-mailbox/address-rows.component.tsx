import { Box, Button, IconButton, TextField, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { useState } from 'react';
import { Controller, useFormContext, type FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';

// Any form with an array of addresses under `name` (forwards, alias destinations).
type AddressLists = Record<string, string[]>;

export interface AddressRowsProps {
  /** The form field holding the list, e.g. `forwards`. */
  name: string;
  rowLabel: (n: number) => string;
  removeLabel: (address: string) => string;
  addLabel: string;
  emptyText: string;
  max: number;
  /** A more precise text for some errors (e.g. a loop); undefined falls back to the generic one. */
  errorText?: (error: Pick<FieldError, 'type' | 'message'>) => string | undefined;
}

/** The form paths of the list and of each row, for placing server errors. */
export const addressRowPaths = <N extends string>(
  name: N,
  list: readonly string[],
): (N | `${N}.${number}`)[] => [name, ...list.map((_, i) => `${name}.${i}` as const)];

/** One text box per address, with add and remove; lives inside a react-hook-form FormProvider. */
export const AddressRows = ({
  name,
  rowLabel,
  removeLabel,
  addLabel,
  emptyText,
  max,
  errorText,
}: AddressRowsProps) => {
  const { t } = useI18n();
  const form = useFormContext<AddressLists>();
  // The row just added takes the focus; rows already there do not steal it.
  const [added, setAdded] = useState<number>();
  const list = form.watch(name) ?? [];
  const text = (error: Pick<FieldError, 'type' | 'message'> | undefined) =>
    error ? (errorText?.(error) ?? fieldErrorText(error, t)) : undefined;
  const add = () => {
    setAdded(list.length);
    form.setValue(name, [...list, ''], { shouldDirty: true });
  };
  const remove = (i: number) => {
    setAdded(undefined);
    form.clearErrors(name);
    form.setValue(
      name,
      list.filter((_, j) => j !== i),
      { shouldDirty: true },
    );
  };
  // A rule on the whole list (at least one, at most 20), as opposed to one address.
  const whole = form.formState.errors[name];
  const listError =
    whole?.root ?? (whole?.type ? { type: whole.type, message: whole.message } : undefined);
  return (
    <>
      {list.length === 0 ? <Typography color="text.secondary">{emptyText}</Typography> : null}
      {list.map((_, i) => (
        <Box key={i} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Controller
            control={form.control}
            name={`${name}.${i}`}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                inputRef={field.ref}
                label={rowLabel(i + 1)}
                type="email"
                autoComplete="off"
                autoFocus={added === i}
                fullWidth
                error={Boolean(fieldState.error)}
                helperText={text(fieldState.error)}
              />
            )}
          />
          <IconButton
            onClick={() => remove(i)}
            aria-label={removeLabel(list[i] ?? '')}
            sx={{ mt: 1 }}
          >
            <DeleteOutline />
          </IconButton>
        </Box>
      ))}
      {listError ? (
        <Typography color="error" variant="body2">
          {text(listError)}
        </Typography>
      ) : null}
      <Button
        onClick={add}
        startIcon={<Add />}
        sx={{ alignSelf: 'flex-start' }}
        disabled={list.length >= max}
      >
        {addLabel}
      </Button>
    </>
  );
};
