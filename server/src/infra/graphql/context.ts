import type { EntityManager } from '../db/orm.js';
import type { Viewer } from '../../modules/auth/viewer.js';
import { forbidden, unauthenticated } from './errors.js';
import type { Permission } from '@casella/shared';

/** What every service method receives first: who is asking, and their scoped EntityManager. */
export interface CallerContext {
  viewer: Viewer | null;
  /** Forked per request (and per subscription event) with the caller's tenant filter. */
  em: EntityManager;
  ip: string;
  userAgent: string;
}

/** The GraphQL context also carries what only the HTTP layer can do (cookies). */
export interface GraphQLContext extends CallerContext {
  /** A new EntityManager with the same scope: one per subscription event. */
  forkEm: () => EntityManager;
  setCookie?: (name: string, value: string, options: CookieOptions) => void;
  clearCookie?: (name: string, options: CookieOptions) => void;
  secureRequest: boolean;
}

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'lax' | 'strict';
  path: string;
  maxAge?: number;
}

export const requireViewer = (ctx: CallerContext): Viewer => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
};

/** A viewer that may change things: a session, or a token with the WRITE scope. */
export const requireWriter = (ctx: CallerContext): Viewer => {
  const viewer = requireViewer(ctx);
  if (viewer.credential.kind === 'API_TOKEN' && !viewer.credential.scopes.includes('WRITE')) {
    throw forbidden('This API token is read-only.');
  }
  return viewer;
};

export const requirePermission = (viewer: Viewer, permission: Permission): void => {
  if (!viewer.permissions.has(permission)) {
    throw forbidden(`You need the ${permission} permission for this.`);
  }
};
