import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useViewer } from '../features/auth/session.context';

/** Mailbox owners and postmasters land on their mailbox instead of panel-wide pages. */
export const PanelOnly = ({ children }: { children: ReactNode }) => {
  const viewer = useViewer();
  return viewer.kind === 'PANEL_USER' ? <>{children}</> : <Navigate to="/my-mailbox" replace />;
};
