import type { CallerContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import { ApiTokenEntity } from '../api-tokens/api-token.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';

export interface DashboardStats {
  resellers: number;
  customers: number;
  users: number;
  activeApiTokens: number;
}

export class DashboardService {
  async stats(ctx: CallerContext): Promise<DashboardStats> {
    const viewer = requireViewer(ctx);
    const now = new Date();
    const others = { id: { $ne: viewer.actingAs.id } };
    const [resellers, customers, users, activeApiTokens] = await Promise.all([
      viewer.actingAs.kind === 'PLATFORM'
        ? ctx.em.count(OrganisationEntity, { kind: 'RESELLER', ...others })
        : 0,
      ctx.em.count(OrganisationEntity, { kind: 'CUSTOMER', ...others }),
      ctx.em.count(UserEntity, { organisation: viewer.actingAs.id }),
      ctx.em.count(ApiTokenEntity, {
        owner: viewer.role === 'ADMIN' ? { organisation: viewer.organisation.id } : viewer.userId,
        revokedAt: null,
        $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
      }),
    ]);
    return { resellers, customers, users, activeApiTokens };
  }
}
