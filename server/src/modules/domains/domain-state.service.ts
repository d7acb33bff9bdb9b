import { nextDomainState, type AuditAction, type DomainStateChange } from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import { forbidden, stateConflict } from '../../infra/graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { suspendedChainLoader } from '../organisations/suspended-chain.loader.js';
import type { DomainEntity } from './domain.entity.js';
import type { DomainService } from './domain.service.js';

const ACTIONS: Record<DomainStateChange, AuditAction> = {
  DISABLE: 'domain.disable',
  ENABLE: 'domain.enable',
  SUSPEND: 'domain.suspend',
  REACTIVATE: 'domain.reactivate',
};

/**
 * Suspension is billing: it belongs to whoever bills the customer, the reseller
 * or the platform above it, with the permission that suspends the customer
 * itself. Customers, managers and an impersonation (acting as the customer) lack it.
 */
const requireBilling = (viewer: Viewer): void => {
  if (!viewer.permissions.has('CUSTOMERS_MANAGE')) {
    throw forbidden(
      'Only the reseller or the platform above the customer (with CUSTOMERS_MANAGE) suspends or reactivates a domain.',
    );
  }
};

/**
 * Turning domains off and on: the customer's own switch (disable/enable) and
 * the provider's billing hold (suspend/reactivate). The mail platform obeys the
 * state at the next lookup: only ACTIVE domains are served.
 */
export class DomainStateService {
  constructor(private readonly domains: DomainService) {}

  async change(ctx: CallerContext, id: string, change: DomainStateChange): Promise<DomainEntity> {
    const viewer = requireWriter(ctx);
    const domain = await this.domains.get(ctx, id);
    if (change === 'SUSPEND' || change === 'REACTIVATE') requireBilling(viewer);
    else requirePermission(viewer, 'DOMAINS_EDIT');
    const outcome = nextDomainState(change, {
      state: domain.state,
      verified: Boolean(domain.verifiedAt),
      suspendedFrom: domain.suspendedFrom ?? null,
    });
    if (!outcome.ok) throw stateConflict(outcome.message, domain.state);
    if (!outcome.changed) return domain;
    const before = domain.state;
    if (change === 'SUSPEND') domain.suspendedFrom = domain.state;
    if (change === 'REACTIVATE') domain.suspendedFrom = null;
    domain.state = outcome.state;
    if (outcome.state === 'AWAITING_VERIFICATION') {
      // Back to waiting for its proof: the automatic checks resume at once, back-off reset.
      domain.nextCheckAt = new Date();
      domain.checkCount = 0;
    }
    recordAudit(ctx, {
      action: ACTIONS[change],
      objectType: 'Domain',
      objectId: domain.id,
      objectLabel: domain.name,
      tenantPath: domain.tenantPath,
      before: { state: before },
      after: { state: domain.state },
    });
    await ctx.em.flush();
    return domain;
  }

  /** True while the domain's customer, or a reseller above it, is suspended. */
  async customerSuspended(ctx: CallerContext, tenantPath: string): Promise<boolean> {
    requireViewer(ctx);
    return suspendedChainLoader(ctx.em).load(tenantPath);
  }
}
