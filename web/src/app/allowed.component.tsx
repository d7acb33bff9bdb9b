import type { ReactNode } from 'react';
import { useViewer } from '../features/auth/session.context';
import { canOpen, type MenuKey } from '../features/shell/menu-items';
import { NotFoundPage } from './not-found.page';

/** A page the menu would not offer answers like an unknown page. */
export const Allowed = ({ page, children }: { page: MenuKey; children: ReactNode }) => {
  const viewer = useViewer();
  return canOpen(viewer, page) ? <>{children}</> : <NotFoundPage />;
};
