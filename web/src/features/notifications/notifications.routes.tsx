import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/not-found.page';
import { NotificationsPage } from './notifications.page';
import { WebhookEndpointPage } from './webhook-endpoint.page';

/** `/notifications` and each endpoint's page below it. */
export const NotificationsRoutes = () => (
  <Routes>
    <Route index element={<NotificationsPage />} />
    <Route path="webhooks/:id" element={<WebhookEndpointPage />} />
    <Route path="*" element={<NotFoundPage />} />
  </Routes>
);
