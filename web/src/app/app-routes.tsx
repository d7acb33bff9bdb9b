import { Box, LinearProgress } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/login.page';
import { RequireSession } from '../features/auth/require-session.component';
import { AppShell } from '../features/shell/app-shell.layout';
import type { MenuKey } from '../features/shell/menu-items';
import { Allowed } from './allowed.component';
import { PanelOnly } from './panel-only.component';
import { NotFoundPage } from './not-found.page';

// Signed-in pages load on first visit, so the login page comes up with less code.
const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard.page').then((m) => ({ default: m.DashboardPage })),
);
const ResellerListPage = lazy(() =>
  import('../features/resellers/reseller-list.page').then((m) => ({ default: m.ResellerListPage })),
);
const CustomerListPage = lazy(() =>
  import('../features/customers/customer-list.page').then((m) => ({ default: m.CustomerListPage })),
);
const DomainsHomePage = lazy(() =>
  import('../features/domains/domains-home.page').then((m) => ({ default: m.DomainsHomePage })),
);
const DomainPage = lazy(() =>
  import('../features/domains/domain.page').then((m) => ({ default: m.DomainPage })),
);
const TeamListPage = lazy(() =>
  import('../features/team/team-list.page').then((m) => ({ default: m.TeamListPage })),
);
const ApiTokenListPage = lazy(() =>
  import('../features/api-tokens/api-token-list.page').then((m) => ({
    default: m.ApiTokenListPage,
  })),
);
const AuditLogPage = lazy(() =>
  import('../features/audit/audit-log.page').then((m) => ({ default: m.AuditLogPage })),
);
const MyMailboxPage = lazy(() =>
  import('../features/my-mailbox/my-mailbox.page').then((m) => ({ default: m.MyMailboxPage })),
);
const NotificationsRoutes = lazy(() =>
  import('../features/notifications/notifications.routes').then((m) => ({
    default: m.NotificationsRoutes,
  })),
);
const ProfilePage = lazy(() =>
  import('../features/profile/profile.page').then((m) => ({ default: m.ProfilePage })),
);

const Page = ({ children, only }: { children: ReactNode; only?: MenuKey | readonly MenuKey[] }) => {
  const page = (
    <Suspense
      fallback={
        <Box sx={{ pt: 1 }}>
          <LinearProgress />
        </Box>
      }
    >
      {children}
    </Suspense>
  );
  return only ? <Allowed page={only}>{page}</Allowed> : page;
};

// Panel logins see the domain list; the postmaster is taken to its one domain.
const DOMAIN_PAGES: readonly MenuKey[] = ['domains', 'myDomain'];

export const AppRoutes = () => (
  <Routes>
    <Route path="/login" element={<LoginPage />} />
    <Route
      element={
        <RequireSession>
          <AppShell />
        </RequireSession>
      }
    >
      <Route
        index
        element={
          <PanelOnly>
            <Page>
              <DashboardPage />
            </Page>
          </PanelOnly>
        }
      />
      <Route
        path="my-mailbox"
        element={
          <Page only="myMailbox">
            <MyMailboxPage />
          </Page>
        }
      />
      <Route
        path="resellers"
        element={
          <Page only="resellers">
            <ResellerListPage />
          </Page>
        }
      />
      <Route
        path="customers"
        element={
          <Page only="customers">
            <CustomerListPage />
          </Page>
        }
      />
      <Route
        path="domains"
        element={
          <Page only={DOMAIN_PAGES}>
            <DomainsHomePage />
          </Page>
        }
      />
      <Route
        path="domains/:id/:tab?"
        element={
          <Page only={DOMAIN_PAGES}>
            <DomainPage />
          </Page>
        }
      />
      <Route
        path="team"
        element={
          <Page only="team">
            <TeamListPage />
          </Page>
        }
      />
      <Route
        path="api-tokens"
        element={
          <Page only="apiTokens">
            <ApiTokenListPage />
          </Page>
        }
      />
      <Route
        path="notifications/*"
        element={
          <Page only="notifications">
            <NotificationsRoutes />
          </Page>
        }
      />
      <Route
        path="audit"
        element={
          <Page only="audit">
            <AuditLogPage />
          </Page>
        }
      />
      <Route
        path="profile"
        element={
          <PanelOnly>
            <Page>
              <ProfilePage />
            </Page>
          </PanelOnly>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
