import { createApiTokenInputSchema, type CreateApiTokenInput } from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import { forbidden, fromZodError, notFound } from '../../infra/graphql/errors.js';
import { assertId } from '../../infra/graphql/ids.js';
import { paginate, type Page, type PageArgs } from '../../infra/graphql/pagination.js';
import { randomToken, sha256 } from '../../infra/security/hashing.js';
import { recordAudit } from '../audit/audit.service.js';
import { API_TOKEN_PREFIX } from '../auth/auth.service.js';
import { isImpersonating, type Viewer } from '../auth/viewer.js';
import { UserEntity } from '../users/user.entity.js';
import { ApiTokenEntity } from './api-token.entity.js';

/** Tokens a viewer manages: its own, or (admins) every token of its organisation. */
const ownedBy = (viewer: Viewer) =>
  viewer.role === 'ADMIN'
    ? { owner: { organisation: viewer.organisation.id } }
    : { owner: viewer.userId };

export class ApiTokenService {
  private requireManager(ctx: CallerContext): Viewer {
    const viewer = requireWriter(ctx);
    if (viewer.credential.kind !== 'SESSION')
      throw forbidden('API tokens are managed from a panel session.');
    if (isImpersonating(viewer)) throw forbidden('Stop impersonating to manage your API tokens.');
    requirePermission(viewer, 'API_ACCESS');
    return viewer;
  }

  async list(ctx: CallerContext, page: PageArgs): Promise<Page<ApiTokenEntity>> {
    const viewer = requireViewer(ctx);
    requirePermission(viewer, 'API_ACCESS');
    return paginate(
      ctx.em,
      ApiTokenEntity,
      ownedBy(viewer),
      { field: 'createdAt', direction: 'DESC' },
      page,
    );
  }

  async create(
    ctx: CallerContext,
    raw: CreateApiTokenInput,
  ): Promise<{ token: ApiTokenEntity; secret: string }> {
    const viewer = this.requireManager(ctx);
    const parsed = createApiTokenInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const owner = await ctx.em.findOneOrFail(UserEntity, { id: viewer.userId }, { filters: false });
    const secret = `${API_TOKEN_PREFIX}${randomToken(30)}`;
    const token = new ApiTokenEntity();
    Object.assign(token, {
      owner,
      tenantPath: owner.tenantPath,
      name: parsed.data.name,
      prefix: secret.slice(0, 12),
      secretHash: sha256(secret),
      scopes: parsed.data.scopes,
      expiresAt: parsed.data.expiresAt ?? null,
    });
    ctx.em.persist(token);
    recordAudit(ctx, {
      action: 'api_token.create',
      objectType: 'ApiToken',
      objectId: token.id,
      objectLabel: token.name,
      tenantPath: token.tenantPath,
      after: {
        name: token.name,
        scopes: token.scopes,
        expiresAt: token.expiresAt?.toISOString() ?? null,
      },
    });
    await ctx.em.flush();
    return { token, secret };
  }

  async revoke(ctx: CallerContext, id: string): Promise<ApiTokenEntity> {
    const viewer = this.requireManager(ctx);
    assertId('apiToken', id);
    const token = await ctx.em.findOne(ApiTokenEntity, { id, ...ownedBy(viewer) });
    if (!token) throw notFound('ApiToken');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      recordAudit(ctx, {
        action: 'api_token.revoke',
        objectType: 'ApiToken',
        objectId: token.id,
        objectLabel: token.name,
        tenantPath: token.tenantPath,
      });
      await ctx.em.flush();
    }
    return token;
  }
}
