import {
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Switch,
} from '@mui/material';
import { useId } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { DomainServices } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { SERVICES, type Service } from './mailbox-form.schema';

/**
 * One switch per protocol. A service the domain has off stays off whatever
 * the mailbox says, so its switch is disabled and says why.
 */
export const ServiceSwitches = ({ domainServices }: { domainServices?: DomainServices }) => {
  const { t } = useI18n();
  const id = useId();
  const form = useFormContext<{ services: Record<Service, boolean> }>();
  return (
    <FormControl component="fieldset" aria-describedby={`${id}-hint`}>
      <FormLabel component="legend">{t.mailboxes.services}</FormLabel>
      <FormGroup row>
        {SERVICES.map((s) => {
          const offForDomain = domainServices ? !domainServices[s] : false;
          const name = t.mailboxes.serviceNames[s];
          return (
            <Controller
              key={s}
              control={form.control}
              name={`services.${s}`}
              render={({ field }) => (
                <FormControlLabel
                  label={offForDomain ? `${name} (${t.mailboxes.serviceOffForDomain})` : name}
                  disabled={offForDomain}
                  control={
                    <Switch
                      checked={field.value && !offForDomain}
                      onChange={(e) => field.onChange(e.target.checked)}
                      name={field.name}
                    />
                  }
                />
              )}
            />
          );
        })}
      </FormGroup>
      <FormHelperText id={`${id}-hint`} sx={{ mx: 0 }}>
        {t.mailboxes.servicesHint}
      </FormHelperText>
    </FormControl>
  );
};
