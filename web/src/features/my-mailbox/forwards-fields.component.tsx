import { FormControlLabel, Switch } from '@mui/material';
import { Controller, useFormContext } from 'react-hook-form';
import { useI18n } from '../../lib/i18n/i18n.context';
import { AddressRows, addressRowPaths } from './address-rows.component';
import type { ForwardsFormInput } from './forwards.schema';

const MAX_FORWARDS = 20;

/** The form paths of the forwards controls, for placing server errors. */
export const forwardsFieldPaths = (list: readonly string[]) => [
  'keepCopy' as const,
  ...addressRowPaths('forwards', list),
];

/**
 * Forward addresses and the keep-a-copy switch, inside any form that has
 * `forwards` and `keepCopy` (the owner's page and the admin's mailbox dialog).
 */
export const ForwardsFields = () => {
  const { t } = useI18n();
  const form = useFormContext<ForwardsFormInput>();
  return (
    <>
      <AddressRows
        name="forwards"
        rowLabel={t.myMailbox.forwardAddress}
        removeLabel={t.myMailbox.removeForward}
        addLabel={t.myMailbox.addForward}
        emptyText={t.myMailbox.noForwards}
        max={MAX_FORWARDS}
      />
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
    </>
  );
};
