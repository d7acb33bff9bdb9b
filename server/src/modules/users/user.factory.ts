import type { Permission, UserRole } from '@casella/shared';
import { hashPanelPassword } from '../../infra/security/hashing.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from './user.entity.js';

export interface NewUserFields {
  login: string;
  password: string;
  name: string;
  email: string;
  role: UserRole;
  permissions?: Permission[];
}

/** A user entity with its password hashed and its tenant path set (not yet persisted). */
export const buildUser = async (
  organisation: OrganisationEntity,
  fields: NewUserFields,
): Promise<UserEntity> => {
  const user = new UserEntity();
  Object.assign(user, {
    organisation,
    tenantPath: organisation.tenantPath,
    login: fields.login,
    passwordHash: await hashPanelPassword(fields.password),
    name: fields.name,
    email: fields.email,
    role: fields.role,
    permissions: fields.role === 'ADMIN' ? [] : (fields.permissions ?? []),
  });
  return user;
};
