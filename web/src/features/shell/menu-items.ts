import type { Permission } from '@casella/shared';
import type { Messages } from '../../lib/i18n/messages.en';
import type { Viewer } from '../auth/viewer';

export type MenuKey =
  | 'dashboard'
  | 'myDomain'
  | 'myMailbox'
  | 'resellers'
  | 'customers'
  | 'domains'
  | 'team'
  | 'apiTokens'
  | 'notifications'
  | 'audit';

export interface MenuItem {
  key: MenuKey;
  path: string;
}

type ViewerAccess = Pick<Viewer, 'kind' | 'permissions' | 'actingAs' | 'impersonation'>;

// Mailbox owners and postmasters sign in with an address; panel pages are for panel logins.
const panel = (v: ViewerAccess) => v.kind === 'PANEL_USER';

const has = (v: ViewerAccess, p: Permission) => v.permissions.includes(p);

/** What each page needs; the server enforces the same rules, this only hides dead ends. */
const RULES: { item: MenuItem; allowed: (v: ViewerAccess) => boolean }[] = [
  { item: { key: 'dashboard', path: '/' }, allowed: panel },
  // The postmaster manages its one domain; /domains takes it there.
  { item: { key: 'myDomain', path: '/domains' }, allowed: (v) => v.kind === 'POSTMASTER' },
  { item: { key: 'myMailbox', path: '/my-mailbox' }, allowed: (v) => !panel(v) },
  {
    item: { key: 'resellers', path: '/resellers' },
    allowed: (v) => panel(v) && v.actingAs.kind === 'PLATFORM',
  },
  {
    item: { key: 'customers', path: '/customers' },
    allowed: (v) => panel(v) && v.actingAs.kind !== 'CUSTOMER' && has(v, 'CUSTOMERS_MANAGE'),
  },
  // Any panel login may read the domains in its scope; changing them needs permissions.
  { item: { key: 'domains', path: '/domains' }, allowed: panel },
  {
    item: { key: 'team', path: '/team' },
    allowed: (v) => panel(v) && (has(v, 'TEAM_MANAGE') || has(v, 'MANAGERS_MANAGE')),
  },
  {
    // Tokens belong to the real organisation: hidden while acting as a customer.
    item: { key: 'apiTokens', path: '/api-tokens' },
    allowed: (v) => panel(v) && has(v, 'API_ACCESS') && !v.impersonation,
  },
  {
    // A customer's quota notices and webhooks; its reseller reaches them by acting as it.
    item: { key: 'notifications', path: '/notifications' },
    allowed: (v) => panel(v) && v.actingAs.kind === 'CUSTOMER' && has(v, 'API_ACCESS'),
  },
  { item: { key: 'audit', path: '/audit' }, allowed: (v) => panel(v) && has(v, 'LOGS_VIEW') },
];

export const menuItemsFor = (viewer: ViewerAccess): MenuItem[] =>
  RULES.filter((r) => r.allowed(viewer)).map((r) => r.item);

export const canOpen = (viewer: ViewerAccess, key: MenuKey): boolean =>
  menuItemsFor(viewer).some((i) => i.key === key);

export const menuLabel = (t: Messages, key: MenuKey): string => t.menu[key];
