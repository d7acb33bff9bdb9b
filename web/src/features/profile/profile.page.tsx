import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { useViewer } from '../auth/session.context';
import { ChangePasswordForm } from './change-password.form';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box
    sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '180px 1fr' }, gap: 1, py: 1.25 }}
  >
    <Typography component="dt" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" sx={{ m: 0, fontWeight: 500 }}>
      {children}
    </Typography>
  </Box>
);

export const ProfilePage = () => {
  const { t } = useI18n();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t.profile.title} />
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Card>
          <CardContent sx={{ p: 3 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 1 }}>
              {t.profile.details}
            </Typography>
            <Box component="dl" sx={{ m: 0 }}>
              <Row label={t.profile.name}>{viewer.name}</Row>
              <Row label={t.profile.login}>{viewer.login}</Row>
              <Row label={t.profile.role}>{t.roles[viewer.role]}</Row>
              <Row label={t.profile.organisation}>
                {viewer.organisation.name} · {t.kinds[viewer.organisation.kind]}
              </Row>
              <Row label={t.profile.permissions}>
                <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                  {viewer.permissions.length === 0
                    ? t.common.none
                    : viewer.permissions.map((p) => (
                        <Chip key={p} size="small" label={t.permissions[p]} />
                      ))}
                </Box>
              </Row>
            </Box>
          </CardContent>
        </Card>
        <Card>
          <CardContent sx={{ p: 3 }}>
            <Typography variant="h2" component="h2" sx={{ mb: 2.5 }}>
              {t.profile.changePassword}
            </Typography>
            <ChangePasswordForm />
          </CardContent>
        </Card>
      </Box>
    </>
  );
};
