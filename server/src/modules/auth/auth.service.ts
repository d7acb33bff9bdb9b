import {
  loginInputSchema,
  changePasswordInputSchema,
  type LoginInput,
  type ChangePasswordInput,
} from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import {
  csrfFailed,
  forbidden,
  fromZodError,
  unauthenticated,
  validationFailed,
} from '../../infra/graphql/errors.js';
import {
  dummyPanelHash,
  hashPanelPassword,
  randomToken,
  safeEqual,
  sha256,
  verifyPanelPassword,
} from '../../infra/security/hashing.js';
import { ApiTokenEntity } from '../api-tokens/api-token.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import { type LoginThrottleService } from './login-throttle.service.js';
import { SessionEntity } from './session.entity.js';
import { buildMailboxViewer, buildViewer, isChainActive } from './viewer-builder.js';
import {
  changeMailboxPassword,
  loadMailboxPrincipal,
  toAsciiAddress,
} from './mailbox-principal.js';
import { verifyMailboxPassword } from '../../platform/passwords/mailbox-password.js';
import type { Viewer } from './viewer.js';

export interface RequestCredentials {
  sessionSecret?: string;
  csrfToken?: string;
  bearer?: string;
  /** WebSocket connections prove the cookie was sent by our page with this instead. */
  csrfRequired: boolean;
}

export interface LoginResult {
  viewer: Viewer;
  sessionSecret: string;
  csrfToken: string;
  maxAgeMs: number;
}

const SESSION_TOUCH_MS = 60_000;
const TOKEN_TOUCH_MS = 60_000;
export const API_TOKEN_PREFIX = 'cas_';

export class AuthService {
  constructor(
    private readonly sessionTtlHours: number,
    private readonly throttle: LoginThrottleService,
  ) {}

  private get ttlMs(): number {
    return this.sessionTtlHours * 3_600_000;
  }

  /**
   * Who is calling: a bearer token wins over a cookie. A bad token is an error
   * (partners must know); a stale cookie is just "not signed in".
   */
  async authenticate(em: EntityManager, creds: RequestCredentials): Promise<Viewer | null> {
    if (creds.bearer !== undefined) return this.authenticateToken(em, creds.bearer);
    if (creds.sessionSecret) return this.authenticateSession(em, creds);
    return null;
  }

  private async authenticateToken(em: EntityManager, token: string): Promise<Viewer> {
    const invalid = unauthenticated('The API token is invalid, expired or revoked.');
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) throw invalid;
    const row = await em.findOne(
      ApiTokenEntity,
      { secretHash: sha256(token) },
      {
        filters: false,
        populate: ['owner', 'owner.organisation', 'owner.grantedCustomers', 'owner.grantedDomains'],
      },
    );
    const now = new Date();
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw invalid;
    const user = row.owner;
    if (user.disabled || !(await isChainActive(em, user.tenantPath))) throw invalid;
    const viewer = buildViewer(
      user,
      { kind: 'API_TOKEN', tokenId: row.id, scopes: row.scopes },
      null,
    );
    // A token never does more than its owner may do now, and only with API access.
    if (!viewer.permissions.has('API_ACCESS')) {
      throw unauthenticated('The owner of this API token no longer has API access.');
    }
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOKEN_TOUCH_MS) {
      await em.nativeUpdate(
        ApiTokenEntity,
        { id: row.id },
        { lastUsedAt: now },
        { filters: false },
      );
    }
    return viewer;
  }

  private async authenticateSession(
    em: EntityManager,
    creds: RequestCredentials,
  ): Promise<Viewer | null> {
    const session = await em.findOne(
      SessionEntity,
      { secretHash: sha256(creds.sessionSecret!), expiresAt: { $gt: new Date() } },
      {
        filters: false,
        populate: [
          'user',
          'user.organisation',
          'user.grantedCustomers',
          'user.grantedDomains',
          'impersonating',
          'mailbox',
        ],
      },
    );
    if (!session) return null;
    if (creds.csrfRequired && !(creds.csrfToken && safeEqual(creds.csrfToken, session.csrfToken))) {
      throw csrfFailed();
    }
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
      await em.nativeUpdate(
        SessionEntity,
        { id: session.id },
        { lastSeenAt: new Date(now), expiresAt: new Date(now + this.ttlMs) },
      );
    }
    return this.viewerFromSession(em, session);
  }

  /** The viewer of a session as stored now (used again after impersonation changes). */
  async reload(em: EntityManager, viewer: Viewer): Promise<Viewer> {
    if (viewer.credential.kind !== 'SESSION') return viewer;
    const session = await em.findOne(
      SessionEntity,
      { id: viewer.credential.sessionId },
      {
        filters: false,
        populate: [
          'user',
          'user.organisation',
          'user.grantedCustomers',
          'user.grantedDomains',
          'impersonating',
          'mailbox',
        ],
        refresh: true,
      },
    );
    const fresh = session ? await this.viewerFromSession(em, session) : null;
    if (!fresh) throw unauthenticated();
    return fresh;
  }

  private async viewerFromSession(
    em: EntityManager,
    session: SessionEntity,
  ): Promise<Viewer | null> {
    const credential = {
      kind: 'SESSION' as const,
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
    if (session.mailbox) {
      const found = await loadMailboxPrincipal(em, { id: session.mailbox.id });
      return found.ok ? buildMailboxViewer(found.mailbox, found.customer, credential) : null;
    }
    const user = session.user;
    if (!user || user.disabled || !(await isChainActive(em, user.tenantPath))) return null;
    let impersonating = null;
    if (session.impersonating) {
      const target = session.impersonating;
      const allowed =
        target.tenantPath.startsWith(user.organisation.tenantPath) &&
        (await isChainActive(em, target.tenantPath));
      if (allowed)
        impersonating = {
          organisation: target,
          startedAt: session.impersonationStartedAt ?? session.createdAt,
        };
    }
    return buildViewer(user, credential, impersonating);
  }

  /**
   * Checks the password, opens a session and returns its secrets for the cookies.
   * Panel users sign in with their login name; mailbox owners and postmasters with
   * their address (or the user part plus `domain`).
   */
  async login(ctx: CallerContext, raw: LoginInput): Promise<LoginResult> {
    const parsed = loginInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const { password, domain } = parsed.data;
    const login = domain ? `${parsed.data.login}@${domain}` : parsed.data.login;
    const em = ctx.em;
    await this.throttle.assertAllowed(em, login, ctx.ip);
    const session = new SessionEntity();
    Object.assign(session, {
      csrfToken: randomToken(24),
      expiresAt: new Date(Date.now() + this.ttlMs),
      ip: ctx.ip.slice(0, 64),
      userAgent: ctx.userAgent.slice(0, 255),
    });
    const credential = {
      kind: 'SESSION' as const,
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
    let viewer: Viewer;
    if (login.includes('@')) {
      const found = await loadMailboxPrincipal(em, { address: toAsciiAddress(login) });
      const mailbox = found.ok || found.reason !== 'unknown' ? found.mailbox : null;
      const ok = mailbox
        ? verifyMailboxPassword(mailbox.passwordHash, password)
        : (await verifyPanelPassword(await dummyPanelHash(), password), false);
      if (!mailbox || !ok) {
        await this.throttle.recordFailure(em, login, ctx.ip);
        throw unauthenticated('Wrong login or password.');
      }
      if (!found.ok) throw forbidden(found.message);
      session.mailbox = found.mailbox;
      viewer = buildMailboxViewer(found.mailbox, found.customer, credential);
    } else {
      const user = await em.findOne(
        UserEntity,
        { login },
        { filters: false, populate: ['organisation', 'grantedCustomers', 'grantedDomains'] },
      );
      const ok = user
        ? await verifyPanelPassword(user.passwordHash, password)
        : (await verifyPanelPassword(await dummyPanelHash(), password), false);
      if (!user || !ok) {
        await this.throttle.recordFailure(em, login, ctx.ip);
        throw unauthenticated('Wrong login or password.');
      }
      if (user.disabled) throw forbidden('This login is disabled. Ask your administrator.');
      if (!(await isChainActive(em, user.tenantPath))) {
        throw forbidden('This account is suspended. Contact your provider.');
      }
      user.lastLoginAt = new Date();
      session.user = user;
      viewer = buildViewer(user, credential, null);
    }
    await this.throttle.recordSuccess(em, login);
    const sessionSecret = randomToken(32);
    session.secretHash = sha256(sessionSecret);
    em.persist(session);
    recordAudit(
      ctx,
      {
        action: 'session.login',
        objectType: viewer.kind === 'PANEL_USER' ? 'User' : 'Mailbox',
        objectId: viewer.userId,
        objectLabel: viewer.login,
        tenantPath:
          viewer.kind === 'PANEL_USER'
            ? viewer.organisation.tenantPath
            : (viewer.scopePaths[0] ?? viewer.organisation.tenantPath),
      },
      viewer,
    );
    await em.flush();
    return { viewer, sessionSecret, csrfToken: session.csrfToken, maxAgeMs: this.ttlMs };
  }

  async logout(ctx: CallerContext): Promise<void> {
    const viewer = ctx.viewer;
    if (viewer?.credential.kind !== 'SESSION') return;
    await ctx.em.nativeDelete(
      SessionEntity,
      { id: viewer.credential.sessionId },
      { filters: false },
    );
  }

  async changePassword(ctx: CallerContext, raw: ChangePasswordInput): Promise<void> {
    const viewer = requireViewer(ctx);
    if (viewer.credential.kind !== 'SESSION')
      throw forbidden('Change your password from a panel session.');
    if (viewer.kind !== 'PANEL_USER') {
      await changeMailboxPassword(ctx, viewer, raw.currentPassword, raw.newPassword);
      return;
    }
    const parsed = changePasswordInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const user = await ctx.em.findOneOrFail(UserEntity, { id: viewer.userId }, { filters: false });
    if (!(await verifyPanelPassword(user.passwordHash, parsed.data.currentPassword))) {
      throw validationFailed([
        { field: 'currentPassword', code: 'MISMATCH', message: 'The current password is wrong' },
      ]);
    }
    user.passwordHash = await hashPanelPassword(parsed.data.newPassword);
    recordAudit(ctx, {
      action: 'user.password.change',
      objectType: 'User',
      objectId: user.id,
      objectLabel: user.login,
      tenantPath: user.tenantPath,
    });
    await ctx.em.flush();
    // Other browsers signed in as this user must sign in again.
    await ctx.em.nativeDelete(
      SessionEntity,
      { user: user.id, id: { $ne: viewer.credential.sessionId } },
      { filters: false },
    );
  }

  /** Makes the session act as one of the reseller's (or platform's) customers. */
  async setImpersonation(
    ctx: CallerContext,
    target: { id: string; startedAt: Date } | null,
  ): Promise<void> {
    const viewer = requireViewer(ctx);
    if (viewer.credential.kind !== 'SESSION')
      throw forbidden('Impersonation needs a panel session.');
    await ctx.em.nativeUpdate(
      SessionEntity,
      { id: viewer.credential.sessionId },
      { impersonating: target?.id ?? null, impersonationStartedAt: target?.startedAt ?? null },
      { filters: false },
    );
  }
}
