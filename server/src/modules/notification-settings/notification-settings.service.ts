import {
  notificationSettingsInputSchema,
  type Language,
  type NotificationSettingsInput,
} from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import type { CallerContext } from '../../infra/graphql/context.js';
import { fromZodError } from '../../infra/graphql/errors.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { NotificationSettingsEntity } from './notification-settings.entity.js';
import { requireNotificationsAccess } from './notifications-access.js';

/** Who hears of a customer's MX problems by e-mail, and how to write to them. */
export interface MxNoticeRecipient {
  to: string;
  language: Language;
  /** White-label sender name: the customer's reseller, if any. */
  resellerName: string | null;
}

export interface QuotaNoticeChannels {
  /** Addresses to e-mail; empty when e-mail notices are off. */
  emails: string[];
  /** Whether quota events go to the endpoints subscribed to them. */
  webhook: boolean;
}

const view = (s: NotificationSettingsEntity) => ({
  quotaEmailEnabled: s.quotaEmailEnabled,
  quotaEmailRecipients: s.quotaEmailRecipients,
  quotaWebhookEnabled: s.quotaWebhookEnabled,
  mxEmailEnabled: s.mxEmailEnabled,
});

/** A customer's choice of how it hears about its mailboxes' quotas. */
export class NotificationSettingsService {
  /**
   * The saved settings, or the defaults (a new row, not persisted). For the
   * system, read whoever the EntityManager belongs to (tenant filter off).
   */
  private async load(em: EntityManager, organisationId: string, system = false) {
    const opts = system ? { filters: false } : {};
    const found = await em.findOne(
      NotificationSettingsEntity,
      { organisation: organisationId },
      opts,
    );
    if (found) return found;
    const fresh = new NotificationSettingsEntity();
    const organisation = await em.findOneOrFail(OrganisationEntity, { id: organisationId }, opts);
    Object.assign(fresh, { organisation, tenantPath: organisation.tenantPath });
    return fresh;
  }

  async get(ctx: CallerContext): Promise<NotificationSettingsEntity> {
    return this.load(ctx.em, requireNotificationsAccess(ctx, 'read').actingAs.id);
  }

  async update(
    ctx: CallerContext,
    raw: NotificationSettingsInput,
  ): Promise<NotificationSettingsEntity> {
    const viewer = requireNotificationsAccess(ctx, 'write');
    const parsed = notificationSettingsInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const settings = await this.load(ctx.em, viewer.actingAs.id);
    const before = view(settings);
    const { mxEmailEnabled, ...quota } = parsed.data;
    Object.assign(settings, quota, mxEmailEnabled == null ? {} : { mxEmailEnabled });
    const changed = diff(before, view(settings));
    ctx.em.persist(settings);
    if (Object.keys(changed.after).length > 0)
      recordAudit(ctx, {
        action: 'notification_settings.update',
        objectType: 'NotificationSettings',
        objectId: viewer.actingAs.id,
        objectLabel: viewer.actingAs.name,
        tenantPath: settings.tenantPath,
        ...changed,
      });
    await ctx.em.flush();
    return settings;
  }

  /**
   * For the quota notices: where a customer wants them. No caller (the system
   * asks), so any EntityManager does, also the one of a postmaster's request.
   */
  async quotaChannels(em: EntityManager, organisationId: string): Promise<QuotaNoticeChannels> {
    const s = await this.load(em, organisationId, true);
    return {
      emails: s.quotaEmailEnabled ? s.quotaEmailRecipients : [],
      webhook: s.quotaWebhookEnabled,
    };
  }

  /** For the MX notices: the customer's contact address, or null when it turned them off. */
  async mxRecipient(em: EntityManager, organisationId: string): Promise<MxNoticeRecipient | null> {
    const s = await this.load(em, organisationId, true);
    if (!s.mxEmailEnabled) return null;
    const customer = await em.findOneOrFail(
      OrganisationEntity,
      { id: organisationId },
      { filters: false, populate: ['parent'] },
    );
    return {
      to: customer.contactEmail,
      language: customer.language,
      resellerName: customer.parent?.kind === 'RESELLER' ? customer.parent.name : null,
    };
  }
}
