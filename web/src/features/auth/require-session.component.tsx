import { Box, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useSession } from './session.context';

export interface LoginRedirectState {
  from?: string;
  reason?: 'expired' | 'signed-out';
}

/** Sends signed-out visitors to the login page, remembering where they were going. */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const { t } = useI18n();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <CircularProgress aria-label={t.common.loading} />
      </Box>
    );
  }
  if (state.status === 'anonymous') {
    const redirect: LoginRedirectState = {
      from: `${location.pathname}${location.search}`,
      reason: state.reason,
    };
    return <Navigate to="/login" replace state={redirect} />;
  }
  return <>{children}</>;
};
