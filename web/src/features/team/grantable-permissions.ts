import {
  MANAGER_PERMISSIONS,
  PERMISSIONS,
  RESELLER_ONLY_PERMISSIONS,
  type OrganisationKind,
  type Permission,
  type UserRole,
} from '@casella/shared';

/** The toggles that mean something for this role in this kind of organisation. */
export const grantablePermissions = (role: UserRole, orgKind: OrganisationKind): Permission[] => {
  if (role === 'ADMIN') return [];
  if (role === 'MANAGER') return [...MANAGER_PERMISSIONS];
  return PERMISSIONS.filter(
    (p) => orgKind !== 'CUSTOMER' || !RESELLER_ONLY_PERMISSIONS.includes(p),
  );
};

/** Roles the viewer may hand out: managers need MANAGERS_MANAGE and a reseller. */
export const assignableRoles = (
  permissions: readonly Permission[],
  orgKind: OrganisationKind,
): UserRole[] => [
  ...(permissions.includes('TEAM_MANAGE') ? (['MEMBER', 'ADMIN'] as const) : []),
  ...(permissions.includes('MANAGERS_MANAGE') && orgKind === 'RESELLER'
    ? (['MANAGER'] as const)
    : []),
];
