import { useViewer } from '../auth/session.context';
import { DomainListPage } from './domain-list.page';
import { PostmasterHome } from './postmaster-home.component';

/** /domains: the list for panel logins, the one domain for its postmaster. */
export const DomainsHomePage = () =>
  useViewer().kind === 'POSTMASTER' ? <PostmasterHome /> : <DomainListPage />;
