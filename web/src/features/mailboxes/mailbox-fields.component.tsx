import { Box, Divider, Stack, TextField, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { DomainServices } from '../../gql/graphql';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { AutoresponderFields } from '../my-mailbox/autoresponder-fields.component';
import { ForwardsFields } from '../my-mailbox/forwards-fields.component';
import { QuotaSelect } from './quota-select.component';
import { ServiceSwitches } from './service-switches.component';

const Section = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) => {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} spacing={2}>
      <Divider />
      <Box>
        <Typography id={id} variant="h3" component="h3">
          {title}
        </Typography>
        {hint ? <Typography color="text.secondary">{hint}</Typography> : null}
      </Box>
      {children}
    </Stack>
  );
};

export interface MailboxFieldsProps {
  tiers: readonly number[];
  maxQuotaGb: number | null | undefined;
  domainServices?: DomainServices;
  /** Shown instead of the quota select (the postmaster's fixed quota). */
  fixedQuota?: string;
}

/**
 * What the create and edit dialogs share: names, quota, services, forwards
 * and the automatic reply (the same controls as the owner's own page).
 */
export const MailboxFields = ({
  tiers,
  maxQuotaGb,
  domainServices,
  fixedQuota,
}: MailboxFieldsProps) => {
  const { t } = useI18n();
  const form = useFormContext<{ firstName: string; lastName: string }>();
  const { errors } = form.formState;
  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField
          {...form.register('firstName')}
          label={t.mailboxes.firstName}
          autoComplete="off"
          error={Boolean(errors.firstName)}
          helperText={fieldErrorText(errors.firstName, t)}
        />
        <TextField
          {...form.register('lastName')}
          label={t.mailboxes.lastName}
          autoComplete="off"
          error={Boolean(errors.lastName)}
          helperText={fieldErrorText(errors.lastName, t)}
        />
      </Box>
      {fixedQuota ? (
        <Typography color="text.secondary">{fixedQuota}</Typography>
      ) : (
        <QuotaSelect tiers={tiers} maxQuotaGb={maxQuotaGb} />
      )}
      <ServiceSwitches domainServices={domainServices} />
      <Section title={t.myMailbox.forwardsTitle} hint={t.myMailbox.forwardsHint}>
        <ForwardsFields />
      </Section>
      <Section title={t.myMailbox.autoresponderTitle} hint={t.myMailbox.autoresponderHint}>
        <AutoresponderFields />
      </Section>
    </>
  );
};
