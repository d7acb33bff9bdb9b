import type { ReactNode } from 'react';
import { SessionContext } from '../features/auth/session.context';
import type { Viewer } from '../features/auth/viewer';

/** A signed-in session around a page under test, so `useViewer` has someone. */
export const WithViewer = ({ viewer, children }: { viewer: Viewer; children: ReactNode }) => (
  <SessionContext.Provider
    value={{
      state: { status: 'authenticated', viewer },
      setViewer: () => undefined,
      signOut: () => Promise.resolve(),
    }}
  >
    {children}
  </SessionContext.Provider>
);
