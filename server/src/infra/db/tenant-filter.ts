import type { Dictionary } from '@mikro-orm/core';

export const TENANT_FILTER = 'tenant';

export interface TenantFilterParams {
  /** Tenant paths (`/org/org/`) whose subtrees the caller may see; `/` is everything. */
  paths: readonly string[];
}

/**
 * Condition of the default `tenant` filter on every tenant-owned entity. MikroORM
 * throws when a filter with a callback has no params, so an EntityManager that was
 * never given a scope fails closed instead of reading everything.
 */
export const tenantCondition = (args: Dictionary): Dictionary => {
  const { paths } = args as TenantFilterParams;
  if (!Array.isArray(paths)) throw new Error('tenant filter used without a scope');
  // Every tenant path starts with '/': the empty one matches no row, on any database.
  if (paths.length === 0) return { tenantPath: '' };
  if (paths.includes('/')) return {};
  const likes = paths.map((p) => ({ tenantPath: { $like: `${p}%` } }));
  return likes.length === 1 ? likes[0]! : { $or: likes };
};
