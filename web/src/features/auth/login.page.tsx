import { useMutation } from '@apollo/client/react';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { LoginInput } from '@casella/shared';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useBranding } from '../../lib/theme/branding.context';
import { LanguageSwitch } from '../shell/language-switch.component';
import { LoginMutation } from './auth.graphql';
import { BrandLogo } from './brand-logo.component';
import { LoginForm } from './login.form';
import type { LoginRedirectState } from './require-session.component';
import { useSession } from './session.context';

/** Only same-app paths: a crafted `from` must not send anyone elsewhere. */
const safeTarget = (from: string | undefined): string =>
  from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';

export const LoginPage = () => {
  const { t } = useI18n();
  const { state, setViewer } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const redirect = (location.state ?? {}) as LoginRedirectState;
  const [login] = useMutation(LoginMutation);
  const [error, setError] = useState<string>();
  const target = safeTarget(redirect.reason === 'signed-out' ? undefined : redirect.from);
  const brand = useBranding().title;
  useEffect(() => {
    document.title = brand;
  }, [brand]);

  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  const submit = async (input: LoginInput) => {
    setError(undefined);
    try {
      const { data } = await login({ variables: { input } });
      if (!data) return;
      setViewer(data.login.viewer);
      void navigate(target, { replace: true });
    } catch (e) {
      const apiError = toApiError(e);
      if (apiError.code === 'UNAUTHENTICATED') setError(t.auth.failed);
      else if (apiError.code === 'FORBIDDEN') setError(t.auth.blocked);
      else setError(apiErrorText(apiError, t));
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        px: 2,
        py: 6,
        background: (theme) =>
          `linear-gradient(180deg, ${theme.brand.bar} 0, ${theme.brand.bar} 280px, ${theme.palette.background.default} 280px)`,
      }}
    >
      <Box sx={{ mb: 3, color: (theme) => theme.brand.barText }}>
        <BrandLogo size="large" />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 440, boxShadow: '0 10px 30px rgba(15, 23, 42, 0.12)' }}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Typography variant="h1" component="h1" sx={{ mb: 0.5 }}>
            {t.auth.title}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {t.auth.subtitle}
          </Typography>
          {redirect.reason === 'expired' ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t.auth.sessionExpired}
            </Alert>
          ) : null}
          {redirect.reason === 'signed-out' ? (
            <Alert severity="success" sx={{ mb: 2 }}>
              {t.auth.signedOut}
            </Alert>
          ) : null}
          <LoginForm onSubmit={submit} error={error} />
        </CardContent>
      </Card>
      <Box sx={{ mt: 3 }}>
        <LanguageSwitch />
      </Box>
    </Box>
  );
};
