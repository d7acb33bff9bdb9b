import type { FilterQuery } from '@mikro-orm/core';
import {
  createUserInputSchema,
  panelPasswordSchema,
  RESELLER_ONLY_PERMISSIONS,
  updateUserInputSchema,
  type CreateUserInput,
  type Permission,
  type UpdateUserInput,
  type UserRole,
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
import { hashPanelPassword } from '../../infra/security/hashing.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { SessionEntity } from '../auth/session.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { UserEntity } from './user.entity.js';
import { buildUser } from './user.factory.js';

export type UserSortField = 'login' | 'name' | 'createdAt';

export interface UserFilter {
  organisationId?: string | null;
  role?: UserRole | null;
  search?: string | null;
}

const snapshot = (u: UserEntity) => ({
  name: u.name,
  email: u.email,
  role: u.role,
  permissions: [...u.permissions].sort(),
  disabled: u.disabled,
  grantedCustomerIds: u.grantedCustomers.isInitialized()
    ? u.grantedCustomers
        .getItems()
        .map((c) => c.id)
        .sort()
    : undefined,
  grantedDomainIds: u.grantedDomains.isInitialized()
    ? u.grantedDomains
        .getItems()
        .map((d) => d.id)
        .sort()
    : undefined,
});

/** Team members, admins and managers: the panel logins of an organisation. */
export class UserService {
  /** Who may manage users of that role: managers need MANAGERS_MANAGE, everyone else TEAM_MANAGE. */
  private requireManage(viewer: Viewer, role: UserRole): void {
    requirePermission(viewer, role === 'MANAGER' ? 'MANAGERS_MANAGE' : 'TEAM_MANAGE');
  }

  async get(ctx: CallerContext, id: string): Promise<UserEntity> {
    requireViewer(ctx);
    assertId('user', id);
    const user = await ctx.em.findOne(UserEntity, { id }, { populate: ['organisation'] });
    if (!user) throw notFound('User');
    return user;
  }

  async list(
    ctx: CallerContext,
    filter: UserFilter,
    sort: Sort<UserSortField>,
    page: PageArgs,
  ): Promise<Page<UserEntity>> {
    const viewer = requireViewer(ctx);
    if (!viewer.permissions.has('TEAM_MANAGE') && !viewer.permissions.has('MANAGERS_MANAGE')) {
      throw forbidden('You need the TEAM_MANAGE permission for this.');
    }
    const orgId = filter.organisationId
      ? assertId('organisation', filter.organisationId, 'filter.organisationId')
      : viewer.actingAs.id;
    const org = await ctx.em.findOne(OrganisationEntity, { id: orgId });
    if (!org) throw notFound('Organisation');
    const where: FilterQuery<UserEntity> = { organisation: org.id };
    // Each role is listed only to those who may manage it.
    const visibleRoles: UserRole[] = [
      ...(viewer.permissions.has('TEAM_MANAGE') ? (['ADMIN', 'MEMBER'] as const) : []),
      ...(viewer.permissions.has('MANAGERS_MANAGE') ? (['MANAGER'] as const) : []),
    ];
    where.role = {
      $in: filter.role ? visibleRoles.filter((r) => r === filter.role) : visibleRoles,
    };
    if (filter.search) {
      const term = containsPattern(filter.search);
      where.$or = [
        { login: { $like: term } },
        { name: { $like: term } },
        { email: { $like: term } },
      ];
    }
    return paginate(ctx.em, UserEntity, where, sort, page);
  }

  private async checkPermissions(
    org: OrganisationEntity,
    role: UserRole,
    permissions: Permission[],
  ): Promise<void> {
    if (org.kind === 'CUSTOMER') {
      const bad = permissions.find((p) => RESELLER_ONLY_PERMISSIONS.includes(p));
      if (bad) {
        throw validationFailed([
          { field: 'permissions', code: 'NOT_ALLOWED', message: `${bad} is only for resellers` },
        ]);
      }
    }
    if (role === 'MANAGER' && org.kind !== 'RESELLER') {
      throw validationFailed([
        { field: 'role', code: 'NOT_ALLOWED', message: 'Only resellers have managers' },
      ]);
    }
  }

  /** Customers of that reseller; any other ID is a field error. */
  private async loadGrants(
    ctx: CallerContext,
    org: OrganisationEntity,
    ids: string[],
  ): Promise<OrganisationEntity[]> {
    const unique = [...new Set(ids)];
    unique.forEach((id, i) => assertId('organisation', id, `grantedCustomerIds.${i}`));
    const found = await ctx.em.find(OrganisationEntity, {
      id: { $in: unique },
      parent: org.id,
      kind: 'CUSTOMER',
    });
    if (found.length !== unique.length) {
      const missing = unique.findIndex((id) => !found.some((f) => f.id === id));
      throw validationFailed([
        { field: `grantedCustomerIds.${missing}`, code: 'INVALID_ID', message: 'No such customer' },
      ]);
    }
    return found;
  }

  /** Domains of that reseller's customers; any other ID is a field error. */
  private async loadDomainGrants(
    ctx: CallerContext,
    org: OrganisationEntity,
    ids: string[],
  ): Promise<DomainEntity[]> {
    const unique = [...new Set(ids)];
    unique.forEach((id, i) => assertId('domain', id, `grantedDomainIds.${i}`));
    const found = await ctx.em.find(DomainEntity, {
      id: { $in: unique },
      tenantPath: { $like: `${org.tenantPath}%` },
    });
    if (found.length !== unique.length) {
      const missing = unique.findIndex((id) => !found.some((f) => f.id === id));
      throw validationFailed([
        { field: `grantedDomainIds.${missing}`, code: 'INVALID_ID', message: 'No such domain' },
      ]);
    }
    return found;
  }

  async create(
    ctx: CallerContext,
    raw: CreateUserInput,
    organisationId?: string | null,
  ): Promise<UserEntity> {
    const viewer = requireWriter(ctx);
    const parsed = createUserInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = parsed.data;
    this.requireManage(viewer, input.role);
    const orgId = organisationId
      ? assertId('organisation', organisationId, 'organisationId')
      : viewer.actingAs.id;
    const org = await ctx.em.findOne(OrganisationEntity, { id: orgId });
    if (!org) throw notFound('Organisation');
    await this.checkPermissions(org, input.role, input.permissions);
    if ((await ctx.em.count(UserEntity, { login: input.login }, { filters: false })) > 0) {
      throw conflict('This login is already taken.', 'login');
    }
    const user = await buildUser(org, input);
    if (input.role === 'MANAGER') {
      user.grantedCustomers.set(await this.loadGrants(ctx, org, input.grantedCustomerIds));
      user.grantedDomains.set(await this.loadDomainGrants(ctx, org, input.grantedDomainIds));
    }
    ctx.em.persist(user);
    recordAudit(ctx, {
      action: 'user.create',
      objectType: 'User',
      objectId: user.id,
      objectLabel: user.login,
      tenantPath: user.tenantPath,
      after: { login: user.login, ...snapshot(user) },
    });
    await ctx.em.flush();
    return user;
  }

  async update(
    ctx: CallerContext,
    id: string,
    raw: UpdateUserInput & { password?: string | null },
  ): Promise<UserEntity> {
    const viewer = requireWriter(ctx);
    const parsed = updateUserInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = parsed.data;
    const user = await this.get(ctx, id);
    this.requireManage(viewer, user.role);
    if (user.id === viewer.userId && (input.disabled || input.permissions)) {
      throw forbidden('You cannot disable yourself or change your own permissions.');
    }
    await user.grantedCustomers.init();
    await user.grantedDomains.init();
    const before = snapshot(user);
    if (input.name !== undefined) user.name = input.name;
    if (input.email !== undefined) user.email = input.email;
    if (input.permissions !== undefined && user.role !== 'ADMIN') {
      await this.checkPermissions(user.organisation, user.role, input.permissions);
      user.permissions = input.permissions;
    }
    if (input.grantedCustomerIds !== undefined && user.role === 'MANAGER') {
      user.grantedCustomers.set(
        await this.loadGrants(ctx, user.organisation, input.grantedCustomerIds),
      );
    }
    if (input.grantedDomainIds !== undefined && user.role === 'MANAGER') {
      user.grantedDomains.set(
        await this.loadDomainGrants(ctx, user.organisation, input.grantedDomainIds),
      );
    }
    if (input.disabled !== undefined) user.disabled = input.disabled;
    let passwordChanged = false;
    if (raw.password) {
      const pw = panelPasswordSchema.safeParse(raw.password);
      if (!pw.success) throw fromZodError(pw.error, 'password');
      user.passwordHash = await hashPanelPassword(pw.data);
      passwordChanged = true;
    }
    const changes = diff(before, snapshot(user));
    if (passwordChanged) changes.after.password = '(changed)';
    if (Object.keys(changes.after).length > 0) {
      recordAudit(ctx, {
        action: 'user.update',
        objectType: 'User',
        objectId: user.id,
        objectLabel: user.login,
        tenantPath: user.tenantPath,
        ...changes,
      });
    }
    await ctx.em.flush();
    if (user.disabled || passwordChanged) {
      await ctx.em.nativeDelete(SessionEntity, { user: user.id }, { filters: false });
    }
    return user;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const viewer = requireWriter(ctx);
    const user = await this.get(ctx, id);
    this.requireManage(viewer, user.role);
    if (user.id === viewer.userId) throw forbidden('You cannot delete yourself.');
    if (user.role === 'ADMIN') {
      const admins = await ctx.em.count(UserEntity, {
        organisation: user.organisation.id,
        role: 'ADMIN',
      });
      if (admins <= 1) throw conflict('An organisation needs at least one administrator.');
    }
    recordAudit(ctx, {
      action: 'user.delete',
      objectType: 'User',
      objectId: user.id,
      objectLabel: user.login,
      tenantPath: user.tenantPath,
      before: { login: user.login, ...snapshot(user) },
    });
    ctx.em.remove(user);
    await ctx.em.flush();
    return user.id;
  }
}
