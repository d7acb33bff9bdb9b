import { domainProfileInputSchema, QUOTA_TIERS_GB, type DomainProfileInput } from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import { TENANT_FILTER } from '../../infra/db/tenant-filter.js';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import {
  conflict,
  forbidden,
  fromZodError,
  notFound,
  validationFailed,
} from '../../infra/graphql/errors.js';
import { assertId } from '../../infra/graphql/ids.js';
import { paginate, type Page, type PageArgs } from '../../infra/graphql/pagination.js';
import { recordAudit } from '../audit/audit.service.js';
import { pathIds } from '../auth/viewer-builder.js';
import type { Viewer } from '../auth/viewer.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DomainProfileEntity } from './domain-profile.entity.js';

type ParsedProfile = ReturnType<typeof domainProfileInputSchema.parse>;

const checkQuotas = (p: ParsedProfile): void => {
  const tiers = QUOTA_TIERS_GB as readonly number[];
  if (p.maxQuotaGb != null && !tiers.includes(p.maxQuotaGb)) {
    throw validationFailed([
      { field: 'maxQuotaGb', code: 'INVALID_VALUE', message: 'Choose one of the quota tiers' },
    ]);
  }
  if (
    !tiers.includes(p.defaultQuotaGb) ||
    (p.maxQuotaGb != null && p.defaultQuotaGb > p.maxQuotaGb)
  ) {
    throw validationFailed([
      {
        field: 'defaultQuotaGb',
        code: 'INVALID_VALUE',
        message: 'A quota tier, at most the maximum quota',
      },
    ]);
  }
};

const assign = (e: DomainProfileEntity, p: ParsedProfile): void => {
  Object.assign(e, {
    name: p.name,
    maxMailboxes: p.maxMailboxes ?? null,
    maxQuotaGb: p.maxQuotaGb ?? null,
    defaultQuotaGb: p.defaultQuotaGb,
    popEnabled: p.services.pop,
    imapEnabled: p.services.imap,
    smtpEnabled: p.services.smtp,
    webmailEnabled: p.services.webmail,
  });
};

/**
 * Profiles belong to resellers and the platform. Whoever is below an owner may
 * pick its profiles: they are found by the owner's place above the caller, not
 * through the caller's own scope.
 */
export class DomainProfileService {
  private requireOwner(ctx: CallerContext): Viewer {
    const viewer = requireWriter(ctx);
    if (viewer.actingAs.kind === 'CUSTOMER')
      throw forbidden('Domain profiles are defined by resellers and the platform.');
    requirePermission(viewer, 'CUSTOMERS_MANAGE');
    return viewer;
  }

  /** Profiles of the organisation or of those above it: what it may apply. */
  usableWhere(tenantPath: string) {
    return { owner: { $in: pathIds(tenantPath) } };
  }

  async list(ctx: CallerContext, page: PageArgs): Promise<Page<DomainProfileEntity>> {
    const viewer = requireViewer(ctx);
    const em = ctx.em;
    // Read without the tenant filter on purpose: the owners are above the caller.
    const where = this.usableWhere(viewer.actingAs.tenantPath);
    return paginate(
      forUnscopedRead(em),
      DomainProfileEntity,
      where,
      { field: 'name', direction: 'ASC' },
      page,
    );
  }

  /** A profile the organisation at `tenantPath` may apply, or NOT_FOUND. */
  async usable(
    em: EntityManager,
    tenantPath: string,
    id: string,
    field = 'profileId',
  ): Promise<DomainProfileEntity> {
    assertId('domainProfile', id, field);
    const profile = await em.findOne(
      DomainProfileEntity,
      { id, ...this.usableWhere(tenantPath) },
      { filters: false },
    );
    if (!profile) throw notFound('DomainProfile');
    return profile;
  }

  async create(ctx: CallerContext, raw: DomainProfileInput): Promise<DomainProfileEntity> {
    const viewer = this.requireOwner(ctx);
    const parsed = domainProfileInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    checkQuotas(parsed.data);
    const owner = await ctx.em.findOneOrFail(
      OrganisationEntity,
      { id: viewer.actingAs.id },
      { filters: false },
    );
    if (
      (await ctx.em.count(DomainProfileEntity, { owner: owner.id, name: parsed.data.name })) > 0
    ) {
      throw conflict('A profile with this name exists.', 'name');
    }
    const profile = new DomainProfileEntity();
    assign(profile, parsed.data);
    Object.assign(profile, { owner, tenantPath: owner.tenantPath });
    ctx.em.persist(profile);
    recordAudit(ctx, {
      action: 'domain_profile.create',
      objectType: 'DomainProfile',
      objectId: profile.id,
      objectLabel: profile.name,
      tenantPath: profile.tenantPath,
      after: { ...parsed.data },
    });
    await ctx.em.flush();
    return profile;
  }

  /** Only the owner edits or deletes its profiles. */
  private async owned(
    ctx: CallerContext,
    viewer: Viewer,
    id: string,
  ): Promise<DomainProfileEntity> {
    assertId('domainProfile', id);
    const profile = await ctx.em.findOne(DomainProfileEntity, { id, owner: viewer.actingAs.id });
    if (!profile) throw notFound('DomainProfile');
    return profile;
  }

  async update(
    ctx: CallerContext,
    id: string,
    raw: DomainProfileInput,
  ): Promise<DomainProfileEntity> {
    const viewer = this.requireOwner(ctx);
    const profile = await this.owned(ctx, viewer, id);
    const parsed = domainProfileInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    checkQuotas(parsed.data);
    assign(profile, parsed.data);
    recordAudit(ctx, {
      action: 'domain_profile.update',
      objectType: 'DomainProfile',
      objectId: profile.id,
      objectLabel: profile.name,
      tenantPath: profile.tenantPath,
      after: { ...parsed.data },
    });
    await ctx.em.flush();
    return profile;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const viewer = this.requireOwner(ctx);
    const profile = await this.owned(ctx, viewer, id);
    recordAudit(ctx, {
      action: 'domain_profile.delete',
      objectType: 'DomainProfile',
      objectId: profile.id,
      objectLabel: profile.name,
      tenantPath: profile.tenantPath,
    });
    ctx.em.remove(profile);
    await ctx.em.flush();
    return profile.id;
  }
}

/** A fork that reads across tenants; callers narrow the rows with their own condition. */
const forUnscopedRead = (em: EntityManager): EntityManager => {
  const fork = em.fork();
  fork.setFilterParams(TENANT_FILTER, { paths: ['/'] });
  return fork;
};
