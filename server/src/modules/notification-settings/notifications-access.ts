import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import { forbidden } from '../../infra/graphql/errors.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * Notification settings and webhook endpoints belong to a customer: its panel
 * users with API access (administrators hold it), or its reseller acting as it.
 */
export const requireNotificationsAccess = (ctx: CallerContext, mode: 'read' | 'write'): Viewer => {
  const viewer = mode === 'write' ? requireWriter(ctx) : requireViewer(ctx);
  if (viewer.kind !== 'PANEL_USER' || viewer.actingAs.kind !== 'CUSTOMER')
    throw forbidden('Notifications belong to customers: act as the customer to manage them.');
  requirePermission(viewer, 'API_ACCESS');
  return viewer;
};
