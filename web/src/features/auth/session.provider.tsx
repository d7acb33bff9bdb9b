import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readCsrfToken } from '../../lib/apollo/csrf';
import { MeQuery, LogoutMutation } from './auth.graphql';
import { SessionContext, type Session, type SessionState } from './session.context';
import type { Viewer } from './viewer';

export interface SessionProviderProps {
  children: ReactNode;
  /** Lets the Apollo error link report an expired session to this provider. */
  registerExpiryHandler: (handler: () => void) => void;
}

export const SessionProvider = ({ children, registerExpiryHandler }: SessionProviderProps) => {
  const client = useApolloClient();
  const [state, setState] = useState<SessionState>(() =>
    // Without the CSRF cookie there is no session: skip a request bound to fail.
    readCsrfToken() ? { status: 'loading' } : { status: 'anonymous' },
  );

  useEffect(() => {
    registerExpiryHandler(() => {
      setState((s) =>
        s.status === 'authenticated' ? { status: 'anonymous', reason: 'expired' } : s,
      );
      void client.clearStore();
    });
  }, [client, registerExpiryHandler]);

  useEffect(() => {
    if (state.status !== 'loading') return;
    client
      .query({ query: MeQuery, fetchPolicy: 'network-only' })
      .then(({ data }) =>
        setState(data ? { status: 'authenticated', viewer: data.me } : { status: 'anonymous' }),
      )
      .catch(() => setState({ status: 'anonymous' }));
  }, [client, state.status]);

  const setViewer = useCallback((viewer: Viewer) => {
    setState({ status: 'authenticated', viewer });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutMutation });
    } finally {
      await client.clearStore();
      setState({ status: 'anonymous', reason: 'signed-out' });
    }
  }, [client]);

  const value = useMemo<Session>(
    () => ({ state, setViewer, signOut }),
    [state, setViewer, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};
