import type { ReactNode } from 'react';
import { useViewer } from '../features/auth/session.context';
import { canOpen, type MenuKey } from '../features/shell/menu-items';
import { NotFoundPage } from './not-found.page';

/** A page the menu would not offer answers like an unknown page; any of several keys opens it. */
export const Allowed = ({
  page,
  children,
}: {
  page: MenuKey | readonly MenuKey[];
  children: ReactNode;
}) => {
  const viewer = useViewer();
  const keys: readonly MenuKey[] = typeof page === 'string' ? [page] : page;
  return keys.some((k) => canOpen(viewer, k)) ? <>{children}</> : <NotFoundPage />;
};
