/**
 * Permission toggles of a team member (DESIGN §2). Admins hold all of them;
 * managers hold the customer-level ones over their grants.
 */
export const PERMISSIONS = [
  'DOMAINS_ADD',
  'DOMAINS_EDIT',
  'DOMAINS_DELETE',
  'MAILBOXES_ADD',
  'MAILBOXES_EDIT',
  'MAILBOXES_DELETE',
  'PASSWORDS_CHANGE',
  'IMPORTS_MIGRATIONS',
  'LOGS_VIEW',
  'API_ACCESS',
  'CUSTOMERS_MANAGE',
  'TEAM_MANAGE',
  'MANAGERS_MANAGE',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Permissions that only make sense for a reseller's users. */
export const RESELLER_ONLY_PERMISSIONS: readonly Permission[] = [
  'CUSTOMERS_MANAGE',
  'MANAGERS_MANAGE',
];

/** What a manager may do over the customers and domains granted to it. */
export const MANAGER_PERMISSIONS: readonly Permission[] = [
  'DOMAINS_ADD',
  'DOMAINS_EDIT',
  'DOMAINS_DELETE',
  'MAILBOXES_ADD',
  'MAILBOXES_EDIT',
  'MAILBOXES_DELETE',
  'PASSWORDS_CHANGE',
  'IMPORTS_MIGRATIONS',
  'LOGS_VIEW',
];

export const USER_ROLES = ['ADMIN', 'MEMBER', 'MANAGER'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const API_TOKEN_SCOPES = ['READ', 'WRITE'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
