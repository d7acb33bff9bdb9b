import { Route, Routes } from 'react-router';
import { ApiTokenListPage } from '../features/api-tokens/api-token-list.page';
import { AuditLogPage } from '../features/audit/audit-log.page';
import { LoginPage } from '../features/auth/login.page';
import { RequireSession } from '../features/auth/require-session.component';
import { CustomerListPage } from '../features/customers/customer-list.page';
import { DashboardPage } from '../features/dashboard/dashboard.page';
import { ProfilePage } from '../features/profile/profile.page';
import { ResellerListPage } from '../features/resellers/reseller-list.page';
import { AppShell } from '../features/shell/app-shell.layout';
import { TeamListPage } from '../features/team/team-list.page';
import { Allowed } from './allowed.component';
import { NotFoundPage } from './not-found.page';

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
      <Route index element={<DashboardPage />} />
      <Route
        path="resellers"
        element={
          <Allowed page="resellers">
            <ResellerListPage />
          </Allowed>
        }
      />
      <Route
        path="customers"
        element={
          <Allowed page="customers">
            <CustomerListPage />
          </Allowed>
        }
      />
      <Route
        path="team"
        element={
          <Allowed page="team">
            <TeamListPage />
          </Allowed>
        }
      />
      <Route
        path="api-tokens"
        element={
          <Allowed page="apiTokens">
            <ApiTokenListPage />
          </Allowed>
        }
      />
      <Route
        path="audit"
        element={
          <Allowed page="audit">
            <AuditLogPage />
          </Allowed>
        }
      />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
