import type { ApiTokenScope, OrganisationKind, Permission, UserRole } from '@casella/shared';

export interface OrganisationRef {
  id: string;
  kind: OrganisationKind;
  name: string;
  tenantPath: string;
}

export type Credential =
  | { kind: 'SESSION'; sessionId: string; csrfToken: string }
  | { kind: 'API_TOKEN'; tokenId: string; scopes: readonly ApiTokenScope[] };

/** The authenticated principal of a request or a subscription, and what it may reach. */
export type PrincipalKind = 'PANEL_USER' | 'POSTMASTER' | 'MAILBOX';

export interface Viewer {
  kind: PrincipalKind;
  /** The panel user's ID, or the mailbox's for mailbox owners and postmasters. */
  userId: string;
  login: string;
  name: string;
  role: UserRole;
  permissions: ReadonlySet<Permission>;
  /** The organisation the login belongs to. */
  organisation: OrganisationRef;
  /** The organisation it acts for: its own, or the customer it impersonates. */
  actingAs: OrganisationRef;
  impersonationStartedAt: Date | null;
  /** Tenant subtrees visible to it; the data layer's filter is built from these. */
  scopePaths: readonly string[];
  credential: Credential;
}

export const isImpersonating = (viewer: Viewer): boolean =>
  viewer.actingAs.id !== viewer.organisation.id;

export const canSeePath = (viewer: Viewer, tenantPath: string): boolean =>
  viewer.scopePaths.some((p) => p === '/' || tenantPath.startsWith(p));
