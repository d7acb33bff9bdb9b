import { z } from 'zod';
import { PERMISSIONS, USER_ROLES } from '../auth/permissions.js';
import {
  coded,
  emailSchema,
  loginNameSchema,
  nameSchema,
  panelPasswordSchema,
} from './common.schema.js';

const permissionsSchema = z
  .array(z.enum(PERMISSIONS, coded('INVALID_VALUE', 'Unknown permission')))
  .max(PERMISSIONS.length)
  .transform((list) => [...new Set(list)]);

export const createUserInputSchema = z.object({
  login: loginNameSchema,
  password: panelPasswordSchema,
  name: nameSchema,
  email: emailSchema,
  role: z.enum(USER_ROLES, coded('INVALID_VALUE', 'Unknown role')),
  permissions: permissionsSchema.default([]),
  /** Customers a manager acts on; ignored for other roles. */
  grantedCustomerIds: z.array(z.string()).max(500).default([]),
  /** Single domains a manager acts on (of any of the reseller's customers). */
  grantedDomainIds: z.array(z.string()).max(500).default([]),
});
export type CreateUserInput = z.input<typeof createUserInputSchema>;

export const updateUserInputSchema = z.object({
  name: nameSchema.optional(),
  email: emailSchema.optional(),
  permissions: permissionsSchema.optional(),
  grantedCustomerIds: z.array(z.string()).max(500).optional(),
  grantedDomainIds: z.array(z.string()).max(500).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;
