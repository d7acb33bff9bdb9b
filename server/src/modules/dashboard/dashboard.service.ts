import { MX_PROBLEM_STATUSES } from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import { ApiTokenEntity } from '../api-tokens/api-token.entity.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';

export interface DashboardStats {
  resellers: number;
  customers: number;
  users: number;
  activeApiTokens: number;
  domains: number;
  mailboxes: number;
  domainsWithMxProblems: number;
}

export class DashboardService {
  async stats(ctx: CallerContext): Promise<DashboardStats> {
    const viewer = requireViewer(ctx);
    const now = new Date();
    const others = { id: { $ne: viewer.actingAs.id } };
    const [
      resellers,
      customers,
      users,
      activeApiTokens,
      domains,
      mailboxes,
      domainsWithMxProblems,
    ] = await Promise.all([
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
      ctx.em.count(DomainEntity, {}),
      ctx.em.count(MailboxEntity, { isPostmaster: false }),
      ctx.em.count(DomainEntity, {
        state: 'ACTIVE',
        mxStatus: { $in: [...MX_PROBLEM_STATUSES] },
      }),
    ]);
    return {
      resellers,
      customers,
      users,
      activeApiTokens,
      domains,
      mailboxes,
      domainsWithMxProblems,
    };
  }
}
