import { PERMISSIONS, type Permission } from '@casella/shared';
import type { Viewer } from '../features/auth/viewer';

const org = (id: string, name: string, kind: Viewer['organisation']['kind']) => ({
  __typename: 'Organisation' as const,
  id,
  name,
  kind,
});

/** A signed-in viewer for tests; defaults to the demo reseller's administrator. */
export const makeViewer = (over: Partial<Viewer> = {}): Viewer => ({
  __typename: 'Viewer',
  id: 'u-reseller',
  kind: 'PANEL_USER',
  login: 'reseller',
  name: 'Rivendita Demo',
  role: 'ADMIN',
  permissions: [...PERMISSIONS] as Permission[],
  authenticatedBy: 'SESSION',
  organisation: org('o-reseller', 'Rivendita Demo', 'RESELLER'),
  actingAs: org('o-reseller', 'Rivendita Demo', 'RESELLER'),
  impersonation: null,
  ...over,
});

export const testOrg = org;
