import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControlLabel,
  FormGroup,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import type { DomainProfilesQuery, DomainQuery, DomainSettingsInput } from '../../gql/graphql';
import { applyServerErrors } from '../../lib/forms/apply-server-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import { formatDate, formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { AllowedIpsField } from './allowed-ips-field.component';
import type { DomainAccess } from './domain-access';
import {
  domainSettingsFormSchema,
  type DomainSettingsFormInput,
  type DomainSettingsFormOutput,
} from './domain-settings.schema';
import { UpdateDomainSettingsMutation } from './domains.graphql';
import { quotaOptions } from './quota-options';
import { SettingsSection } from './settings-section.component';

type Domain = DomainQuery['domain'];
export type DomainProfile = DomainProfilesQuery['domainProfiles']['edges'][number]['node'];

const SERVICES = ['pop', 'imap', 'smtp', 'webmail'] as const;

const valuesOf = (d: Pick<Domain, 'settings'>): DomainSettingsFormInput => ({
  profileId: d.settings.profileId ?? '',
  maxMailboxes: d.settings.maxMailboxes ?? null,
  maxQuotaGb: d.settings.maxQuotaGb ?? null,
  defaultQuotaGb: d.settings.defaultQuotaGb,
  services: {
    pop: d.settings.services.pop,
    imap: d.settings.services.imap,
    smtp: d.settings.services.smtp,
    webmail: d.settings.services.webmail,
  },
  allowedIps: [...d.settings.allowedIps],
  catchAll: d.settings.catchAll ?? null,
});

const isFuture = (iso: string | null | undefined) => Boolean(iso && new Date(iso) > new Date());

export interface DomainSettingsFormProps {
  domain: Domain;
  profiles: DomainProfile[];
  access: DomainAccess;
}

/** Profile, limits, quotas, services, allowed client networks and catch-all, saved together. */
export const DomainSettingsForm = ({ domain, profiles, access }: DomainSettingsFormProps) => {
  const { t, locale } = useI18n();
  const s = t.domainSettings;
  const notify = useNotify();
  const [update] = useMutation(UpdateDomainSettingsMutation);
  const [formError, setFormError] = useState<string>();
  const form = useForm<DomainSettingsFormInput, unknown, DomainSettingsFormOutput>({
    resolver: zodResolver(domainSettingsFormSchema),
    defaultValues: valuesOf(domain),
  });
  const { errors, isSubmitting } = form.formState;
  // useWatch re-renders for these fields only, not on every key typed elsewhere.
  const [maxQuota, defaultQuota, profileId] = useWatch({
    control: form.control,
    name: ['maxQuotaGb', 'defaultQuotaGb', 'profileId'],
  });
  const gb = (n: number | null | undefined) => (n == null ? s.noLimit : s.gb(n));
  const fields = (): Path<DomainSettingsFormInput>[] => [
    'profileId',
    'maxMailboxes',
    'maxQuotaGb',
    'defaultQuotaGb',
    'services',
    'allowedIps',
    'catchAll',
    ...(form.getValues('allowedIps') ?? []).map((_, i) => `allowedIps.${i}` as const),
  ];

  // A profile is a preset: picking one shows the values it will copy onto the domain.
  const applyProfile = (id: string) => {
    const p = profiles.find((x) => x.id === id);
    if (!p) return;
    const opts = { shouldDirty: true };
    form.setValue('maxMailboxes', p.maxMailboxes ?? null, opts);
    form.setValue('maxQuotaGb', p.maxQuotaGb ?? null, opts);
    form.setValue('defaultQuotaGb', p.defaultQuotaGb, opts);
    for (const k of SERVICES) form.setValue(`services.${k}`, p.services[k], opts);
  };

  const submit = form.handleSubmit(async (v) => {
    setFormError(undefined);
    const input: DomainSettingsInput = {
      defaultQuotaGb: v.defaultQuotaGb,
      services: v.services,
      allowedIps: v.allowedIps,
      catchAll: v.catchAll || null,
    };
    // Limits come from above: a customer's form leaves them to the provider (or the profile).
    if (access.setLimits) {
      input.maxMailboxes = v.maxMailboxes ?? null;
      input.maxQuotaGb = v.maxQuotaGb ?? null;
    }
    // Sent only when changed: applying a profile again would overwrite limits set since.
    if (v.profileId && v.profileId !== domain.settings.profileId) input.profileId = v.profileId;
    try {
      const { data } = await update({ variables: { id: domain.id, input } });
      if (data) form.reset(valuesOf(data.updateDomainSettings));
      notify.success(s.saved);
    } catch (e) {
      const { apiError, placed } = applyServerErrors(e, form.setError, fields());
      if (!placed) setFormError(apiErrorText(apiError, t));
      notify.error(apiErrorText(apiError, t));
    }
  });

  const profile = profiles.find((p) => p.id === profileId);
  const limitHelp = (fallback?: string) => (access.setLimits ? fallback : s.setByProvider);
  const remaining =
    domain.remainingMailboxes == null ? null : formatNumber(domain.remainingMailboxes, locale);
  const trial = isFuture(domain.customer?.trialEndsAt) ? domain.customer?.trialEndsAt : null;

  return (
    <Stack component="form" noValidate spacing={3} onSubmit={(e) => void submit(e)}>
      {formError ? <Alert severity="error">{formError}</Alert> : null}
      <SettingsSection title={s.limitsTitle}>
        <Box
          sx={{
            display: 'grid',
            gap: 2.5,
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
            alignItems: 'start',
          }}
        >
          {profiles.length ? (
            <Controller
              control={form.control}
              name="profileId"
              render={({ field }) => (
                <TextField
                  select
                  label={s.profile}
                  value={field.value ?? ''}
                  onChange={(e) => {
                    field.onChange(e.target.value);
                    applyProfile(e.target.value);
                  }}
                  inputRef={field.ref}
                  error={Boolean(errors.profileId)}
                  helperText={
                    fieldErrorText(errors.profileId, t) ??
                    (profile
                      ? s.profileSummary(
                          profile.maxMailboxes == null
                            ? s.noLimit
                            : formatNumber(profile.maxMailboxes, locale),
                          gb(profile.maxQuotaGb),
                          gb(profile.defaultQuotaGb),
                        )
                      : s.profileHelp)
                  }
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                  sx={{ gridColumn: { md: '1 / -1' } }}
                >
                  {domain.settings.profileId ? null : <MenuItem value="">{s.noProfile}</MenuItem>}
                  {profiles.map((p) => (
                    <MenuItem key={p.id} value={p.id}>
                      {p.name}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          ) : null}
          <Controller
            control={form.control}
            name="maxMailboxes"
            render={({ field }) => (
              <TextField
                label={s.maxMailboxes}
                type="number"
                value={field.value ?? ''}
                onChange={(e) =>
                  field.onChange(e.target.value === '' ? null : Number(e.target.value))
                }
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={Boolean(errors.maxMailboxes)}
                helperText={fieldErrorText(errors.maxMailboxes, t) ?? limitHelp(s.maxMailboxesHelp)}
                disabled={!access.setLimits}
                slotProps={{ htmlInput: { min: 0, step: 1 }, inputLabel: { shrink: true } }}
                placeholder={s.noLimit}
              />
            )}
          />
          <Controller
            control={form.control}
            name="maxQuotaGb"
            render={({ field }) => (
              <TextField
                select
                label={s.maxQuota}
                value={field.value == null ? '' : String(field.value)}
                onChange={(e) => {
                  const next = e.target.value === '' ? null : Number(e.target.value);
                  field.onChange(next);
                  // The default follows a lowered maximum rather than fall out of range.
                  if (next !== null && (defaultQuota ?? 0) > next)
                    form.setValue('defaultQuotaGb', next, { shouldDirty: true });
                }}
                inputRef={field.ref}
                error={Boolean(errors.maxQuotaGb)}
                helperText={fieldErrorText(errors.maxQuotaGb, t) ?? limitHelp()}
                disabled={!access.setLimits}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">{s.noLimit}</MenuItem>
                {quotaOptions(access.resellerTiers, null, [field.value]).map((n) => (
                  <MenuItem key={n} value={String(n)}>
                    {s.gb(n)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Typography color="text.secondary" variant="body2" sx={{ gridColumn: { md: '1 / -1' } }}>
            {s.allowanceNow(
              domain.mailboxCount,
              formatNumber(domain.mailboxCount, locale),
              remaining,
            )}
          </Typography>
          <Controller
            control={form.control}
            name="defaultQuotaGb"
            render={({ field }) => (
              <TextField
                select
                label={s.defaultQuota}
                value={field.value == null ? '' : String(field.value)}
                onChange={(e) => field.onChange(Number(e.target.value))}
                inputRef={field.ref}
                error={Boolean(errors.defaultQuotaGb)}
                helperText={
                  fieldErrorText(errors.defaultQuotaGb, t) ??
                  (maxQuota == null ? undefined : s.defaultQuotaHelp(s.gb(maxQuota)))
                }
              >
                {quotaOptions(access.resellerTiers, maxQuota, [field.value]).map((n) => (
                  <MenuItem key={n} value={String(n)}>
                    {s.gb(n)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        </Box>
      </SettingsSection>
      <SettingsSection title={s.servicesTitle} hint={s.servicesHint}>
        <FormGroup row sx={{ gap: 3 }}>
          {SERVICES.map((k) => (
            <Controller
              key={k}
              control={form.control}
              name={`services.${k}`}
              render={({ field }) => (
                <FormControlLabel
                  label={s.services[k]}
                  control={
                    <Switch
                      checked={Boolean(field.value)}
                      onChange={(e) => field.onChange(e.target.checked)}
                      name={field.name}
                      inputRef={field.ref}
                    />
                  }
                />
              )}
            />
          ))}
        </FormGroup>
      </SettingsSection>
      <SettingsSection title={s.accessTitle} hint={s.accessHint}>
        <AllowedIpsField form={form} />
      </SettingsSection>
      <SettingsSection title={s.catchAllTitle}>
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          {trial ? <Alert severity="info">{s.trialUntil(formatDate(trial, locale))}</Alert> : null}
          <Controller
            control={form.control}
            name="catchAll"
            render={({ field }) => (
              <TextField
                label={s.catchAll}
                type="email"
                value={field.value ?? ''}
                // Empty means no catch-all: null, which the shared rule lets through.
                onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
                onBlur={field.onBlur}
                inputRef={field.ref}
                autoComplete="off"
                error={Boolean(errors.catchAll)}
                helperText={
                  errors.catchAll?.type === 'NOT_ALLOWED'
                    ? s.catchAllTrial
                    : (fieldErrorText(errors.catchAll, t) ?? s.catchAllHelp)
                }
              />
            )}
          />
        </Stack>
      </SettingsSection>
      <Box>
        <Button
          type="submit"
          variant="contained"
          disabled={isSubmitting}
          startIcon={isSubmitting ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {t.common.save}
        </Button>
      </Box>
    </Stack>
  );
};
