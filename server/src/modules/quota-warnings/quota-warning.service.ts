import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { toUnicodeDomain, type MailboxQuotaEventData } from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import { enqueueOutbox } from '../../infra/outbox/outbox.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { MailboxUsageEntity } from '../mailboxes/mailbox-usage.entity.js';
import type { NotificationSettingsService } from '../notification-settings/notification-settings.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { emitWebhookEvent } from '../webhooks/webhook-event.emitter.js';
import {
  quotaFigures,
  stepQuotaLevels,
  usagePercent,
  type QuotaCrossing,
  type QuotaLevels,
} from './quota-levels.js';
import { quotaNoticeEmail } from './quota-notice.email.js';
import { QuotaWarningStateEntity } from './quota-warning-state.entity.js';
import { quotaWarningEmail } from './quota-warning.email.js';

/** Attempts of one evaluation that keeps losing to concurrent ones (each loss means news). */
const ATTEMPTS = 3;

/** What one evaluation found and will send, computed before its transaction opens. */
interface Plan {
  mailbox: MailboxEntity;
  stateExists: boolean;
  from: QuotaLevels;
  to: QuotaLevels;
  crossings: QuotaCrossing[];
  customer: OrganisationEntity;
  emails: string[];
  webhook: boolean;
}

/**
 * Quota warnings (README "Quota warnings"): compares a mailbox's reported usage
 * with its limits, moves its warning levels (see `nextQuotaLevel`) and queues
 * the notices of each crossing — to the owner, and to the customer as its
 * notification settings say — in the transaction that moves the levels. The
 * move is a conditional update, so of two evaluations at once only one sends.
 * No caller: these are system rules, run by the quota check jobs and by the
 * mailbox changes that alter a limit.
 */
export class QuotaWarningService {
  constructor(private readonly settings: NotificationSettingsService) {}

  /**
   * Flushes the caller's pending changes to `mailbox` (a new quota, a new
   * state) with the notices they cause, in one transaction: a quota lowered
   * by an admin warns at once, without waiting for any delivery.
   */
  async flushWithWarnings(em: EntityManager, mailbox: MailboxEntity): Promise<void> {
    const plan = await this.plan(em, mailbox);
    if (plan && !plan.stateExists) await this.ensureState(em, mailbox.id);
    let won = true;
    await em.begin();
    try {
      if (plan) won = await this.apply(em, plan);
      await em.commit();
    } catch (error) {
      await em.rollback();
      throw error;
    }
    // A concurrent evaluation moved the levels first, knowing only the old limits.
    if (!won) await this.evaluate(em, { id: mailbox.id });
  }

  /** Evaluates one mailbox (by ID or address) in transactions of its own; returns what it sent. */
  async evaluate(
    em: EntityManager,
    which: { id: string } | { address: string },
  ): Promise<QuotaCrossing[]> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const mailbox = await em.findOne(MailboxEntity, which as FilterQuery<MailboxEntity>, {
        populate: ['domain'],
        filters: false,
        refresh: true,
      });
      if (!mailbox) return [];
      const plan = await this.plan(em, mailbox);
      if (!plan) return [];
      if (!plan.stateExists) await this.ensureState(em, mailbox.id);
      await em.begin();
      try {
        const won = await this.apply(em, plan);
        await em.commit();
        if (won) return plan.crossings;
      } catch (error) {
        await em.rollback();
        throw error;
      }
    }
    return [];
  }

  /** Reads everything the evaluation needs; null when no level moves. */
  private async plan(em: EntityManager, mailbox: MailboxEntity): Promise<Plan | null> {
    // Only mailboxes in use: a disabled one is looked at again when it is enabled.
    if (mailbox.state !== 'ACTIVE') return null;
    const usage = await em.findOne(
      MailboxUsageEntity,
      { address: mailbox.address },
      { disableIdentityMap: true },
    );
    if (!usage?.reportedAt) return null;
    const state = await em.findOne(
      QuotaWarningStateEntity,
      { mailbox: mailbox.id },
      { disableIdentityMap: true },
    );
    const from: QuotaLevels = {
      storage: state?.storageLevel ?? 0,
      messages: state?.messagesLevel ?? 0,
    };
    const { to, crossings } = stepQuotaLevels(from, quotaFigures(mailbox, usage));
    if (crossings.length === 0) return null;
    const customer = await em.findOneOrFail(
      OrganisationEntity,
      { id: mailbox.domain.organisation.id },
      { filters: false, populate: ['parent'] },
    );
    const channels = await this.settings.quotaChannels(em, customer.id);
    return {
      mailbox,
      stateExists: state !== null,
      from,
      to,
      crossings,
      customer,
      ...channels,
    };
  }

  /** No row means levels 0: create it first, so the move below is always an update. */
  private async ensureState(em: EntityManager, mailboxId: string): Promise<void> {
    try {
      await em.insert(QuotaWarningStateEntity, {
        mailbox: mailboxId,
        storageLevel: 0,
        messagesLevel: 0,
        changedAt: new Date(),
      });
    } catch (error) {
      // A concurrent evaluation created it: the same row.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }

  /** Inside the transaction: moves the levels if nobody did meanwhile, then queues the notices. */
  private async apply(em: EntityManager, plan: Plan): Promise<boolean> {
    const moved = await em.nativeUpdate(
      QuotaWarningStateEntity,
      {
        mailbox: plan.mailbox.id,
        storageLevel: plan.from.storage,
        messagesLevel: plan.from.messages,
      },
      { storageLevel: plan.to.storage, messagesLevel: plan.to.messages, changedAt: new Date() },
    );
    if (moved !== 1) return false;
    for (const crossing of plan.crossings) this.queueNotices(em, plan, crossing);
    return true;
  }

  private queueNotices(em: EntityManager, plan: Plan, c: QuotaCrossing): void {
    const { mailbox, customer } = plan;
    const resellerName = customer.parent?.kind === 'RESELLER' ? customer.parent.name : null;
    const at = mailbox.address.indexOf('@');
    const address = `${mailbox.localPart}@${toUnicodeDomain(mailbox.address.slice(at + 1))}`;
    const data: MailboxQuotaEventData = {
      mailboxId: mailbox.id,
      address,
      domainId: mailbox.domain.id,
      metric: c.metric,
      threshold: c.threshold,
      used: c.used,
      limit: c.limit,
      usagePercent: usagePercent(c.used, c.limit),
    };
    // The owner hears of storage only (the guide's rule); the message limit is
    // abuse protection, for the customer to look into.
    if (c.metric === 'storage' && c.threshold !== 75) {
      enqueueOutbox(
        em,
        'email.send',
        quotaWarningEmail({
          address,
          to: mailbox.address,
          firstName: mailbox.firstName ?? null,
          threshold: c.threshold,
          usedBytes: c.used,
          quotaBytes: c.limit,
          percent: data.usagePercent,
          language: customer.language,
          resellerName,
        }),
      );
    }
    for (const to of plan.emails) {
      enqueueOutbox(em, 'email.send', quotaNoticeEmail(to, data, customer.language, resellerName));
    }
    if (plan.webhook) {
      const type = c.threshold === 75 ? 'mailbox.quota.recovered' : 'mailbox.quota.warning';
      emitWebhookEvent(em, customer, type, data);
    }
  }
}
