import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { DomainQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import type { DomainProfile } from './domain-settings.form';
import { SettingsSection } from './settings-section.component';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '260px 1fr' }, gap: 1, py: 1 }}>
    <Typography component="dt" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" sx={{ m: 0, fontWeight: 500, overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

/** The settings as text, for whoever may see but not change them. */
export const DomainSettingsSummary = ({
  domain,
  profiles,
}: {
  domain: DomainQuery['domain'];
  profiles: DomainProfile[];
}) => {
  const { t, locale } = useI18n();
  const s = t.domainSettings;
  const v = domain.settings;
  const gb = (n: number | null | undefined) => (n == null ? s.noLimit : s.gb(n));
  const profile = profiles.find((p) => p.id === v.profileId);
  return (
    <SettingsSection title={s.limitsTitle}>
      <Box component="dl" sx={{ m: 0 }}>
        {profile ? <Row label={s.profile}>{profile.name}</Row> : null}
        <Row label={s.maxMailboxes}>
          {v.maxMailboxes == null ? s.noLimit : formatNumber(v.maxMailboxes, locale)}
        </Row>
        <Row label={s.maxQuota}>{gb(v.maxQuotaGb)}</Row>
        <Row label={s.defaultQuota}>{gb(v.defaultQuotaGb)}</Row>
        <Row label={s.servicesTitle}>
          {(['pop', 'imap', 'smtp', 'webmail'] as const)
            .map((k) => `${s.services[k]}: ${v.services[k] ? s.on : s.off}`)
            .join(' · ')}
        </Row>
        <Row label={s.accessTitle}>{v.allowedIps.length ? v.allowedIps.join(', ') : s.noIps}</Row>
        <Row label={s.catchAll}>{v.catchAll ?? s.none}</Row>
      </Box>
    </SettingsSection>
  );
};
