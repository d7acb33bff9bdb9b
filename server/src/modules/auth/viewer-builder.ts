import {
  MANAGER_PERMISSIONS,
  PERMISSIONS,
  RESELLER_ONLY_PERMISSIONS,
  type Permission,
} from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { UserEntity } from '../users/user.entity.js';
import type { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import type { Credential, OrganisationRef, Viewer } from './viewer.js';

export const orgRef = (org: OrganisationEntity): OrganisationRef => ({
  id: org.id,
  kind: org.kind,
  name: org.name,
  tenantPath: org.tenantPath,
});

/** IDs of the organisations on a tenant path, root first. */
export const pathIds = (tenantPath: string): string[] => tenantPath.split('/').filter(Boolean);

/** True when the organisation and every organisation above it are active. */
export const isChainActive = async (em: EntityManager, tenantPath: string): Promise<boolean> => {
  const ids = pathIds(tenantPath);
  const orgs = await em.find(OrganisationEntity, { id: { $in: ids } }, { filters: false });
  return orgs.length === ids.length && orgs.every((o) => o.status === 'ACTIVE');
};

const permissionsFor = (
  user: UserEntity,
  actingAs: OrganisationEntity,
  impersonating: boolean,
): Set<Permission> => {
  let granted: readonly Permission[];
  if (user.role === 'ADMIN') granted = PERMISSIONS;
  else if (user.role === 'MANAGER')
    granted = user.permissions.filter((p) => MANAGER_PERMISSIONS.includes(p));
  else granted = user.permissions;
  // Reseller-level powers mean nothing inside a customer, whoever holds them.
  if (actingAs.kind === 'CUSTOMER' || impersonating) {
    granted = granted.filter((p) => !RESELLER_ONLY_PERMISSIONS.includes(p));
  }
  return new Set(granted);
};

/**
 * Turns a user (and the customer it impersonates, if any) into the viewer every
 * service works with. `user.organisation`, `user.grantedCustomers` and `user.grantedDomains` must be loaded.
 */
export const buildViewer = (
  user: UserEntity,
  credential: Credential,
  impersonating: { organisation: OrganisationEntity; startedAt: Date } | null,
): Viewer => {
  const own = user.organisation;
  const actingAs = impersonating?.organisation ?? own;
  let scopePaths: string[];
  if (impersonating) scopePaths = [actingAs.tenantPath];
  else if (user.role === 'MANAGER') {
    // Grants outside the manager's own reseller (moved customers) are ignored.
    scopePaths = [...user.grantedCustomers.getItems(), ...user.grantedDomains.getItems()]
      .map((g) => g.tenantPath)
      .filter((p) => p.startsWith(own.tenantPath));
  } else scopePaths = [own.tenantPath];
  return {
    kind: 'PANEL_USER',
    userId: user.id,
    login: user.login,
    name: user.name,
    role: user.role,
    permissions: permissionsFor(user, actingAs, Boolean(impersonating)),
    organisation: orgRef(own),
    actingAs: orgRef(actingAs),
    impersonationStartedAt: impersonating?.startedAt ?? null,
    scopePaths,
    credential,
  };
};

/** What a postmaster may do on its one domain. */
const POSTMASTER_PERMISSIONS: readonly Permission[] = [
  'MAILBOXES_ADD',
  'MAILBOXES_EDIT',
  'MAILBOXES_DELETE',
  'PASSWORDS_CHANGE',
];

/**
 * A mailbox owner sees only its own mailbox (through self-service, not through
 * the tenant filter); the postmaster manages its domain's mailboxes and aliases.
 */
export const buildMailboxViewer = (
  mailbox: MailboxEntity,
  customer: OrganisationEntity,
  credential: Credential,
): Viewer => {
  const name = [mailbox.firstName, mailbox.lastName].filter(Boolean).join(' ') || mailbox.address;
  return {
    kind: mailbox.isPostmaster ? 'POSTMASTER' : 'MAILBOX',
    userId: mailbox.id,
    login: mailbox.address,
    name,
    role: 'MEMBER',
    permissions: new Set(mailbox.isPostmaster ? POSTMASTER_PERMISSIONS : []),
    organisation: orgRef(customer),
    actingAs: orgRef(customer),
    impersonationStartedAt: null,
    scopePaths: mailbox.isPostmaster ? [mailbox.tenantPath] : [],
    credential,
  };
};
