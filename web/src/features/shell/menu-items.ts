import type { Permission } from '@casella/shared';
import type { Messages } from '../../lib/i18n/messages.en';
import type { Viewer } from '../auth/viewer';

export type MenuKey = 'dashboard' | 'resellers' | 'customers' | 'team' | 'apiTokens' | 'audit';

export interface MenuItem {
  key: MenuKey;
  path: string;
}

type ViewerAccess = Pick<Viewer, 'permissions' | 'actingAs' | 'impersonation'>;

const has = (v: ViewerAccess, p: Permission) => v.permissions.includes(p);

/** What each page needs; the server enforces the same rules, this only hides dead ends. */
const RULES: { item: MenuItem; allowed: (v: ViewerAccess) => boolean }[] = [
  { item: { key: 'dashboard', path: '/' }, allowed: () => true },
  {
    item: { key: 'resellers', path: '/resellers' },
    allowed: (v) => v.actingAs.kind === 'PLATFORM',
  },
  {
    item: { key: 'customers', path: '/customers' },
    allowed: (v) => v.actingAs.kind !== 'CUSTOMER' && has(v, 'CUSTOMERS_MANAGE'),
  },
  {
    item: { key: 'team', path: '/team' },
    allowed: (v) => has(v, 'TEAM_MANAGE') || has(v, 'MANAGERS_MANAGE'),
  },
  {
    // Tokens belong to the real organisation: hidden while acting as a customer.
    item: { key: 'apiTokens', path: '/api-tokens' },
    allowed: (v) => has(v, 'API_ACCESS') && !v.impersonation,
  },
  { item: { key: 'audit', path: '/audit' }, allowed: (v) => has(v, 'LOGS_VIEW') },
];

export const menuItemsFor = (viewer: ViewerAccess): MenuItem[] =>
  RULES.filter((r) => r.allowed(viewer)).map((r) => r.item);

export const canOpen = (viewer: ViewerAccess, key: MenuKey): boolean =>
  menuItemsFor(viewer).some((i) => i.key === key);

export const menuLabel = (t: Messages, key: MenuKey): string => t.menu[key];
