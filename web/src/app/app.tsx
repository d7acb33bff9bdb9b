import { ApolloProvider } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/auth/session.provider';
import { createApolloClient } from '../lib/apollo/apollo-client';
import { I18nProvider } from '../lib/i18n/i18n.provider';
import { BrandingProvider } from '../lib/theme/branding.provider';
import { NotifyProvider } from '../lib/ui/notify.provider';
import { AppRoutes } from './app-routes';

export const App = () => {
  // The client outlives renders; the session provider plugs in its expiry handler.
  const onExpired = useRef<() => void>(() => undefined);
  const client = useMemo(
    () => createApolloClient({ onUnauthenticated: () => onExpired.current() }),
    [],
  );
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <BrandingProvider>
          <NotifyProvider>
            <BrowserRouter>
              <SessionProvider registerExpiryHandler={(h) => (onExpired.current = h)}>
                <AppRoutes />
              </SessionProvider>
            </BrowserRouter>
          </NotifyProvider>
        </BrandingProvider>
      </I18nProvider>
    </ApolloProvider>
  );
};
