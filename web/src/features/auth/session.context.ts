import { createContext, useContext } from 'react';
import type { Viewer } from './viewer';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'signed-out' }
  | { status: 'authenticated'; viewer: Viewer };

export interface Session {
  state: SessionState;
  /** After login, impersonation or its end: the new principal. */
  setViewer: (viewer: Viewer) => void;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export const useSession = (): Session => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
};

/** The viewer of a page that only renders signed in. */
export const useViewer = (): Viewer => {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useViewer outside a signed-in page');
  return state.viewer;
};
