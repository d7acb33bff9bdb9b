import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useViewer } from '../features/auth/session.context';

/** Instead of panel-wide pages, postmasters land on their domain and mailbox owners on their mailbox. */
export const PanelOnly = ({ children }: { children: ReactNode }) => {
  const viewer = useViewer();
  if (viewer.kind === 'PANEL_USER') return <>{children}</>;
  return <Navigate to={viewer.kind === 'POSTMASTER' ? '/domains' : '/my-mailbox'} replace />;
};
