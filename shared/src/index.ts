export * from './tenancy/organisation-kind.js';
export * from './auth/permissions.js';
export * from './validation/common.schema.js';
export * from './validation/field-errors.js';
export * from './validation/auth.schema.js';
export * from './validation/organisation.schema.js';
export * from './validation/user.schema.js';
export * from './validation/api-token.schema.js';
