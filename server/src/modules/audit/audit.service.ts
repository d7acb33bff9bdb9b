import type { AuditAction, AuditObjectType } from '@casella/shared';
import type { FilterQuery } from '@mikro-orm/core';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer } from '../../infra/graphql/context.js';
import { paginate, type Page, type PageArgs } from '../../infra/graphql/pagination.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { isImpersonating, type Viewer } from '../auth/viewer.js';
import { validationFailed } from '../../infra/graphql/errors.js';

export interface AuditRecord {
  action: AuditAction;
  objectType: AuditObjectType;
  objectId: string;
  objectLabel: string;
  /** Path of the organisation that owns the object: who may read the entry. */
  tenantPath: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditFilter {
  actorId?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The fields of `after` that differ from `before`, and their old values. */
export const diff = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } => {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
};

/**
 * Adds an audit entry to the caller's unit of work, so the trail is committed
 * with the change. `actor` stands in when there is no viewer yet (a login).
 */
export const recordAudit = (
  ctx: CallerContext,
  record: AuditRecord,
  actor?: Viewer,
): AuditEntryEntity => {
  const viewer = actor ?? ctx.viewer;
  const entry = new AuditEntryEntity();
  Object.assign(entry, {
    action: record.action,
    objectType: record.objectType,
    objectId: record.objectId,
    objectLabel: record.objectLabel.slice(0, 255),
    tenantPath: record.tenantPath,
    before: record.before ?? null,
    after: record.after ?? null,
    ip: ctx.ip.slice(0, 64),
    actorId: viewer?.userId ?? null,
    actorLabel: viewer ? `${viewer.name} (${viewer.login})`.slice(0, 120) : 'system',
    actingAsId: viewer && isImpersonating(viewer) ? viewer.actingAs.id : null,
    actingAsLabel: viewer && isImpersonating(viewer) ? viewer.actingAs.name : null,
    apiTokenId: viewer?.credential.kind === 'API_TOKEN' ? viewer.credential.tokenId : null,
  });
  ctx.em.persist(entry);
  return entry;
};

export class AuditService {
  async list(
    ctx: CallerContext,
    filter: AuditFilter,
    page: PageArgs,
  ): Promise<Page<AuditEntryEntity>> {
    const viewer = requireViewer(ctx);
    requirePermission(viewer, 'LOGS_VIEW');
    if (filter.from && filter.to && filter.from > filter.to) {
      throw validationFailed([
        { field: 'filter.to', code: 'INVALID_VALUE', message: 'Must not be before "from"' },
      ]);
    }
    const where: FilterQuery<AuditEntryEntity> = {};
    if (filter.actorId) where.actorId = filter.actorId;
    if (filter.objectType) where.objectType = filter.objectType;
    if (filter.objectId) where.objectId = filter.objectId;
    if (filter.action) where.action = filter.action;
    if (filter.from || filter.to) {
      where.createdAt = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      };
    }
    return paginate(
      ctx.em,
      AuditEntryEntity,
      where,
      { field: 'createdAt', direction: 'DESC' },
      page,
    );
  }

  /** One entry, as the viewer's scope allows; null when it is not theirs. */
  async findVisible(ctx: CallerContext, id: string): Promise<AuditEntryEntity | null> {
    const viewer = ctx.viewer;
    if (!viewer || !viewer.permissions.has('LOGS_VIEW')) return null;
    return ctx.em.findOne(AuditEntryEntity, { id });
  }
}
