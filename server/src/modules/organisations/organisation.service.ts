import type { FilterQuery } from '@mikro-orm/core';
import {
  createOrganisationInputSchema,
  organisationLimitsInputSchema,
  type OrganisationLimitsInput,
  updateOrganisationInputSchema,
  type CreateOrganisationInput,
  type OrganisationKind,
  type OrganisationStatus,
  type UpdateOrganisationInput,
  type AuditAction,
} from '@casella/shared';
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
import { containsPattern } from '../../infra/db/like.js';
import { paginate, type Page, type PageArgs, type Sort } from '../../infra/graphql/pagination.js';
import { enqueueOutbox } from '../../infra/outbox/outbox.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import { SessionEntity } from '../auth/session.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { buildUser } from '../users/user.factory.js';
import { UserEntity } from '../users/user.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { welcomeEmail } from './welcome.email.js';

export type OrganisationSortField = 'name' | 'createdAt';

export interface OrganisationFilter {
  search?: string | null;
  status?: OrganisationStatus | null;
  resellerId?: string | null;
}

/** Resellers and customers are logged under their own kind (the platform is never edited here). */
const organisationAction = (
  kind: OrganisationKind,
  verb: 'create' | 'update' | 'limits' | 'suspend' | 'reactivate' | 'delete',
): AuditAction => `${kind === 'RESELLER' ? 'reseller' : 'customer'}.${verb}`;

const snapshot = (o: OrganisationEntity) => ({
  name: o.name,
  contactEmail: o.contactEmail,
  language: o.language,
  status: o.status,
});

export class OrganisationService {
  constructor(private readonly auth: AuthService) {}

  /** Any organisation the viewer can see (its own included), or NOT_FOUND. */
  async get(ctx: CallerContext, id: string): Promise<OrganisationEntity> {
    requireViewer(ctx);
    assertId('organisation', id);
    const org = await ctx.em.findOne(OrganisationEntity, { id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  /** The parent, when the viewer may see it (a customer does not see its reseller). */
  async parentOf(ctx: CallerContext, org: OrganisationEntity): Promise<OrganisationEntity | null> {
    if (!org.parent) return null;
    return ctx.em.findOne(OrganisationEntity, { id: org.parent.id });
  }

  async countChildren(ctx: CallerContext, org: OrganisationEntity): Promise<number> {
    return ctx.em.count(OrganisationEntity, { parent: org.id });
  }

  async list(
    ctx: CallerContext,
    kind: Exclude<OrganisationKind, 'PLATFORM'>,
    filter: OrganisationFilter,
    sort: Sort<OrganisationSortField>,
    page: PageArgs,
  ): Promise<Page<OrganisationEntity>> {
    const viewer = requireViewer(ctx);
    if (kind === 'RESELLER' && viewer.actingAs.kind !== 'PLATFORM') {
      throw forbidden('Only the platform manages resellers.');
    }
    const where: FilterQuery<OrganisationEntity> = { kind };
    // A viewer never lists its own organisation among its customers.
    where.id = { $ne: viewer.actingAs.id };
    if (filter.status) where.status = filter.status;
    if (filter.search) {
      const term = containsPattern(filter.search);
      where.$or = [{ name: { $like: term } }, { contactEmail: { $like: term } }];
    }
    if (filter.resellerId) {
      const reseller = await this.get(
        ctx,
        assertId('organisation', filter.resellerId, 'filter.resellerId'),
      );
      where.parent = reseller.id;
    }
    return paginate(ctx.em, OrganisationEntity, where, sort, page);
  }

  private async assertLoginFree(ctx: CallerContext, login: string, field: string): Promise<void> {
    const taken = await ctx.em.count(UserEntity, { login }, { filters: false });
    if (taken > 0) throw conflict('This login is already taken.', field);
  }

  /** A reseller (platform only) or a customer (platform or reseller), with its first admin login. */
  async create(
    ctx: CallerContext,
    kind: Exclude<OrganisationKind, 'PLATFORM'>,
    raw: CreateOrganisationInput,
    resellerId?: string | null,
  ): Promise<OrganisationEntity> {
    const viewer = requireWriter(ctx);
    requirePermission(viewer, 'CUSTOMERS_MANAGE');
    const parsed = createOrganisationInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = parsed.data;
    const parent = await this.parentForNew(ctx, viewer, kind, resellerId);
    await this.assertLoginFree(ctx, input.admin.login, 'admin.login');

    const org = new OrganisationEntity();
    Object.assign(org, {
      kind,
      name: input.name,
      contactEmail: input.contactEmail,
      language: input.language,
      parent,
    });
    org.tenantPath = `${parent.tenantPath}${org.id}/`;
    const admin = await buildUser(org, {
      login: input.admin.login,
      password: input.admin.password,
      name: input.name,
      email: input.contactEmail,
      role: 'ADMIN',
    });
    ctx.em.persist([org, admin]);
    recordAudit(ctx, {
      action: organisationAction(kind, 'create'),
      objectType: 'Organisation',
      objectId: org.id,
      objectLabel: org.name,
      tenantPath: org.tenantPath,
      after: { ...snapshot(org), adminLogin: admin.login },
    });
    enqueueOutbox(
      ctx.em,
      'email.send',
      welcomeEmail(org, admin.login, parent.kind === 'PLATFORM' ? null : parent.name),
    );
    await ctx.em.flush();
    return org;
  }

  private async parentForNew(
    ctx: CallerContext,
    viewer: Viewer,
    kind: Exclude<OrganisationKind, 'PLATFORM'>,
    resellerId?: string | null,
  ): Promise<OrganisationEntity> {
    const acting = await ctx.em.findOneOrFail(
      OrganisationEntity,
      { id: viewer.actingAs.id },
      { filters: false },
    );
    if (kind === 'RESELLER') {
      if (acting.kind !== 'PLATFORM') throw forbidden('Only the platform creates resellers.');
      return acting;
    }
    if (acting.kind === 'CUSTOMER') throw forbidden('Customers cannot create customers.');
    if (!resellerId || resellerId === acting.id) return acting;
    const reseller = await this.get(ctx, assertId('organisation', resellerId, 'resellerId'));
    if (reseller.kind !== 'RESELLER' || acting.kind !== 'PLATFORM') throw notFound('Organisation');
    return reseller;
  }

  /** Checks that the viewer may change this organisation: its own (admins) or one below it. */
  private async editable(
    ctx: CallerContext,
    id: string,
    allowSelf: boolean,
  ): Promise<{ org: OrganisationEntity; viewer: Viewer }> {
    const viewer = requireWriter(ctx);
    const org = await this.get(ctx, id);
    if (org.id === viewer.actingAs.id) {
      if (!allowSelf) throw forbidden('You cannot do this to your own organisation.');
      if (viewer.role !== 'ADMIN' && !viewer.permissions.has('TEAM_MANAGE')) {
        throw forbidden('Only an administrator may change the organisation.');
      }
      return { org, viewer };
    }
    if (org.kind === 'PLATFORM' || !org.tenantPath.startsWith(viewer.actingAs.tenantPath)) {
      throw forbidden('You cannot change this organisation.');
    }
    requirePermission(viewer, 'CUSTOMERS_MANAGE');
    return { org, viewer };
  }

  async update(
    ctx: CallerContext,
    id: string,
    raw: UpdateOrganisationInput,
  ): Promise<OrganisationEntity> {
    const parsed = updateOrganisationInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const { org } = await this.editable(ctx, id, true);
    const before = snapshot(org);
    const input = parsed.data;
    if (input.name !== undefined) org.name = input.name;
    if (input.contactEmail !== undefined) org.contactEmail = input.contactEmail;
    if (input.language !== undefined) org.language = input.language;
    const changes = diff(before, snapshot(org));
    if (Object.keys(changes.after).length > 0) {
      recordAudit(ctx, {
        action: organisationAction(org.kind, 'update'),
        objectType: 'Organisation',
        objectId: org.id,
        objectLabel: org.name,
        tenantPath: org.tenantPath,
        ...changes,
      });
    }
    await ctx.em.flush();
    return org;
  }

  /** Plan limits of a reseller or customer below the viewer. */
  async setLimits(
    ctx: CallerContext,
    id: string,
    raw: OrganisationLimitsInput,
  ): Promise<OrganisationEntity> {
    const parsed = organisationLimitsInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const { org } = await this.editable(ctx, id, false);
    const limitsOf = (o: OrganisationEntity) => ({
      maxDomains: o.maxDomains ?? null,
      maxMailboxes: o.maxMailboxes ?? null,
      trialEndsAt: o.trialEndsAt?.toISOString() ?? null,
    });
    const before = limitsOf(org);
    const input = parsed.data;
    if (input.maxDomains !== undefined) org.maxDomains = input.maxDomains;
    if (input.maxMailboxes !== undefined) org.maxMailboxes = input.maxMailboxes;
    if (input.trialEndsAt !== undefined) org.trialEndsAt = input.trialEndsAt;
    const changes = diff(before, limitsOf(org));
    if (Object.keys(changes.after).length) {
      recordAudit(ctx, {
        action: organisationAction(org.kind, 'limits'),
        objectType: 'Organisation',
        objectId: org.id,
        objectLabel: org.name,
        tenantPath: org.tenantPath,
        ...changes,
      });
    }
    await ctx.em.flush();
    return org;
  }

  async setStatus(
    ctx: CallerContext,
    id: string,
    status: OrganisationStatus,
  ): Promise<OrganisationEntity> {
    const { org } = await this.editable(ctx, id, false);
    if (org.status === status) return org;
    const before = snapshot(org);
    org.status = status;
    recordAudit(ctx, {
      action: organisationAction(org.kind, status === 'SUSPENDED' ? 'suspend' : 'reactivate'),
      objectType: 'Organisation',
      objectId: org.id,
      objectLabel: org.name,
      tenantPath: org.tenantPath,
      ...diff(before, snapshot(org)),
    });
    await ctx.em.flush();
    if (status === 'SUSPENDED') {
      // Everyone signed in below a suspended organisation is signed out now.
      const users = await ctx.em.find(
        UserEntity,
        { tenantPath: { $like: `${org.tenantPath}%` } },
        { filters: false, fields: ['id'] },
      );
      await ctx.em.nativeDelete(
        SessionEntity,
        { user: { $in: users.map((u) => u.id) } },
        { filters: false },
      );
    }
    return org;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const { org } = await this.editable(ctx, id, false);
    if ((await ctx.em.count(OrganisationEntity, { parent: org.id }, { filters: false })) > 0) {
      throw conflict('This reseller still has customers: delete them first.');
    }
    recordAudit(ctx, {
      action: organisationAction(org.kind, 'delete'),
      objectType: 'Organisation',
      objectId: org.id,
      objectLabel: org.name,
      tenantPath: org.tenantPath,
      before: snapshot(org),
    });
    ctx.em.remove(org);
    await ctx.em.flush();
    return org.id;
  }

  async impersonate(ctx: CallerContext, id: string): Promise<void> {
    const viewer = requireWriter(ctx);
    if (viewer.organisation.kind === 'CUSTOMER') throw forbidden('Customers cannot impersonate.');
    if (viewer.role === 'MANAGER') throw forbidden('Managers cannot impersonate.');
    if (viewer.role !== 'ADMIN' && !viewer.permissions.has('CUSTOMERS_MANAGE')) {
      // The viewer's permissions may be narrowed while impersonating; check the real ones.
      throw forbidden('You need the CUSTOMERS_MANAGE permission for this.');
    }
    assertId('organisation', id);
    // Impersonation is judged from the real organisation, not the one acted as now.
    const org = await ctx.em.findOne(
      OrganisationEntity,
      { id, tenantPath: { $like: `${viewer.organisation.tenantPath}%` } },
      { filters: false },
    );
    if (!org || org.kind !== 'CUSTOMER' || !viewer.scopePaths.length)
      throw notFound('Organisation');
    if (org.status !== 'ACTIVE')
      throw validationFailed([
        {
          field: 'id',
          code: 'NOT_ALLOWED',
          message: 'A suspended customer cannot be impersonated',
        },
      ]);
    const startedAt = new Date();
    await this.auth.setImpersonation(ctx, { id: org.id, startedAt });
    recordAudit(ctx, {
      action: 'customer.impersonate',
      objectType: 'Organisation',
      objectId: org.id,
      objectLabel: org.name,
      tenantPath: org.tenantPath,
    });
    await ctx.em.flush();
  }

  async stopImpersonating(ctx: CallerContext): Promise<void> {
    const viewer = requireViewer(ctx);
    if (viewer.actingAs.id === viewer.organisation.id) return;
    await this.auth.setImpersonation(ctx, null);
    recordAudit(ctx, {
      action: 'customer.impersonate.stop',
      objectType: 'Organisation',
      objectId: viewer.actingAs.id,
      objectLabel: viewer.actingAs.name,
      tenantPath: viewer.actingAs.tenantPath,
    });
    await ctx.em.flush();
  }
}
