import type { FilterQuery } from '@mikro-orm/core';
import {
  createMailboxInputSchema,
  DEFAULT_QUOTA_GB,
  QUOTA_TIERS_GB,
  RESELLER_ONLY_TIERS_GB,
  updateMailboxInputSchema,
  type CreateMailboxInput,
  type UpdateMailboxInput,
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
import {
  hashMailboxPassword,
  normaliseSuppliedHash,
} from '../../platform/passwords/mailbox-password.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { assertWithinPlan } from '../organisations/plan-limits.js';
import { MailboxEntity, type MailboxState } from './mailbox.entity.js';
import { addressOf, buildMailbox } from './mailbox.factory.js';
import { applyAutoresponder, autoresponderSnapshot } from './autoresponder.js';
import { SessionEntity } from '../auth/session.entity.js';
import { addressTaken } from '../aliases/address-book.js';
import type { MailboxUsageEntity } from './mailbox-usage.entity.js';
import { mailboxUsageLoader } from './mailbox-usage.loader.js';
import type { QuotaWarningService } from '../quota-warnings/quota-warning.service.js';

export type MailboxSortField = 'address' | 'createdAt';

export interface MailboxFilter {
  search?: string | null;
  state?: MailboxState | null;
}

const snapshot = (m: MailboxEntity) => ({
  firstName: m.firstName ?? null,
  lastName: m.lastName ?? null,
  quotaMb: m.quotaMb,
  forwards: m.forwards,
  keepCopy: m.keepCopy,
  services: {
    pop: m.popEnabled,
    imap: m.imapEnabled,
    smtp: m.smtpEnabled,
    webmail: m.webmailEnabled,
  },
  state: m.state,
  autoresponder: autoresponderSnapshot(m),
});

export class MailboxService {
  constructor(
    /** MAILBOX_MAX_MESSAGES: the message-count limit each new mailbox gets. */
    private readonly maxMessages: number,
    private readonly quotaWarnings: QuotaWarningService,
  ) {}

  async get(ctx: CallerContext, id: string): Promise<MailboxEntity> {
    requireViewer(ctx);
    assertId('mailbox', id);
    const mailbox = await ctx.em.findOne(MailboxEntity, { id }, { populate: ['domain'] });
    if (!mailbox) throw notFound('Mailbox');
    return mailbox;
  }

  async list(
    ctx: CallerContext,
    domainId: string,
    filter: MailboxFilter,
    sort: Sort<MailboxSortField>,
    page: PageArgs,
  ): Promise<Page<MailboxEntity>> {
    requireViewer(ctx);
    const domain = await ctx.em.findOne(DomainEntity, {
      id: assertId('domain', domainId, 'domainId'),
    });
    if (!domain) throw notFound('Domain');
    const where: FilterQuery<MailboxEntity> = { domain: domain.id };
    if (filter.state) where.state = filter.state;
    if (filter.search) where.address = { $like: containsPattern(filter.search) };
    return paginate(ctx.em, MailboxEntity, where, sort, page);
  }

  /** The quota in MB for a tier, checked against who may give it. */
  private quotaMb(
    viewer: Viewer,
    domain: DomainEntity,
    gb: number | undefined,
    field: string,
  ): number {
    const tier = gb ?? domain.defaultQuotaGb ?? DEFAULT_QUOTA_GB;
    if (!(QUOTA_TIERS_GB as readonly number[]).includes(tier)) {
      throw validationFailed([
        { field, code: 'INVALID_VALUE', message: 'Choose one of the quota tiers' },
      ]);
    }
    if (RESELLER_ONLY_TIERS_GB.includes(tier) && viewer.organisation.kind === 'CUSTOMER') {
      throw validationFailed([
        { field, code: 'NOT_ALLOWED', message: `${tier} GB mailboxes are set by your provider` },
      ]);
    }
    if (domain.maxQuotaGb && tier > domain.maxQuotaGb) {
      throw validationFailed([
        { field, code: 'NOT_ALLOWED', message: `At most ${domain.maxQuotaGb} GB on this domain` },
      ]);
    }
    return tier * 1024;
  }

  async create(
    ctx: CallerContext,
    domainId: string,
    raw: CreateMailboxInput,
  ): Promise<MailboxEntity> {
    const viewer = requireWriter(ctx);
    requirePermission(viewer, 'MAILBOXES_ADD');
    const domain = await ctx.em.findOne(DomainEntity, {
      id: assertId('domain', domainId, 'domainId'),
    });
    if (!domain) throw notFound('Domain');
    const parsed = createMailboxInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = parsed.data;
    if (domain.state !== 'ACTIVE') {
      throw validationFailed([
        {
          field: 'domainId',
          code: 'NOT_ALLOWED',
          message: 'Mailboxes can be created only on an active (verified) domain',
        },
      ]);
    }
    let passwordHash: string;
    if (input.passwordHash) {
      const normalised = normaliseSuppliedHash(input.passwordHash);
      if (!normalised) {
        throw validationFailed([
          {
            field: 'passwordHash',
            code: 'INVALID_FORMAT',
            message: 'Only CRYPT-MD5 ($1$) and SHA512-CRYPT ($6$) hashes are accepted',
          },
        ]);
      }
      passwordHash = normalised;
    } else {
      passwordHash = hashMailboxPassword(input.password!);
    }
    const address = addressOf(input.localPart, domain);
    // The address is unique across mailboxes (the postmaster included) and aliases, platform-wide.
    if (await addressTaken(ctx.em, address))
      throw conflict('This address already exists.', 'localPart');
    await this.assertRoom(ctx, domain);
    const mailbox = buildMailbox(
      domain,
      input.localPart,
      passwordHash,
      this.quotaMb(viewer, domain, input.quotaGb, 'quotaGb'),
      this.maxMessages,
    );
    Object.assign(mailbox, {
      firstName: input.firstName || null,
      lastName: input.lastName || null,
      forwards: [...new Set(input.forwards)].filter((f) => f !== address),
      keepCopy: input.keepCopy,
      popEnabled: input.services.pop,
      imapEnabled: input.services.imap,
      smtpEnabled: input.services.smtp,
      webmailEnabled: input.services.webmail,
    });
    ctx.em.persist(mailbox);
    recordAudit(ctx, {
      action: 'mailbox.create',
      objectType: 'Mailbox',
      objectId: mailbox.id,
      objectLabel: mailbox.address,
      tenantPath: mailbox.tenantPath,
      after: snapshot(mailbox),
    });
    await ctx.em.flush();
    return mailbox;
  }

  /** The domain's own limit, then the customer's plan and its reseller's pool. */
  private async assertRoom(ctx: CallerContext, domain: DomainEntity): Promise<void> {
    if (domain.maxMailboxes !== null && domain.maxMailboxes !== undefined) {
      const used = await ctx.em.count(
        MailboxEntity,
        { domain: domain.id, isPostmaster: false },
        { filters: false },
      );
      if (used >= domain.maxMailboxes) {
        throw conflict(`The limit of ${domain.maxMailboxes} mailboxes of this domain is reached.`);
      }
    }
    const customer = await ctx.em.findOneOrFail(
      OrganisationEntity,
      { id: domain.organisation.id },
      { filters: false },
    );
    await assertWithinPlan(ctx.em, customer, 'mailboxes');
  }

  async update(
    ctx: CallerContext,
    id: string,
    raw: Omit<UpdateMailboxInput, 'state'> & { state?: string },
  ): Promise<MailboxEntity> {
    const viewer = requireWriter(ctx);
    const mailbox = await this.get(ctx, id);
    const parsed = updateMailboxInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = parsed.data;
    if (input.password !== undefined) requirePermission(viewer, 'PASSWORDS_CHANGE');
    const otherChanges = Object.keys(input).some((k) => k !== 'password');
    if (otherChanges) requirePermission(viewer, 'MAILBOXES_EDIT');
    if (mailbox.isPostmaster && (input.quotaGb !== undefined || input.state === 'DISABLED')) {
      throw validationFailed([
        {
          field: input.quotaGb !== undefined ? 'quotaGb' : 'state',
          code: 'NOT_ALLOWED',
          message: 'The postmaster mailbox has a fixed 50 MB quota and cannot be disabled',
        },
      ]);
    }
    const before = snapshot(mailbox);
    if (input.password) mailbox.passwordHash = hashMailboxPassword(input.password);
    if (input.firstName !== undefined) mailbox.firstName = input.firstName || null;
    if (input.lastName !== undefined) mailbox.lastName = input.lastName || null;
    if (input.quotaGb !== undefined)
      mailbox.quotaMb = this.quotaMb(viewer, mailbox.domain, input.quotaGb, 'quotaGb');
    if (input.forwards !== undefined)
      mailbox.forwards = [...new Set(input.forwards)].filter((f) => f !== mailbox.address);
    if (input.keepCopy !== undefined) mailbox.keepCopy = input.keepCopy;
    if (input.autoresponder !== undefined) applyAutoresponder(mailbox, input.autoresponder);
    if (input.services?.pop !== undefined) mailbox.popEnabled = input.services.pop;
    if (input.services?.imap !== undefined) mailbox.imapEnabled = input.services.imap;
    if (input.services?.smtp !== undefined) mailbox.smtpEnabled = input.services.smtp;
    if (input.services?.webmail !== undefined) mailbox.webmailEnabled = input.services.webmail;
    if (input.state !== undefined) {
      if (mailbox.state === 'BLOCKED' || mailbox.state === 'SUSPENDED') {
        throw validationFailed([
          {
            field: 'state',
            code: 'NOT_ALLOWED',
            message: `A ${mailbox.state.toLowerCase()} mailbox is released by its provider`,
          },
        ]);
      }
      mailbox.state = input.state;
    }
    const changes = diff(before, snapshot(mailbox));
    if (input.password) changes.after.password = '(changed)';
    if (Object.keys(changes.after).length > 0) {
      recordAudit(ctx, {
        action: 'mailbox.update',
        objectType: 'Mailbox',
        objectId: mailbox.id,
        objectLabel: mailbox.address,
        tenantPath: mailbox.tenantPath,
        ...changes,
      });
    }
    // A new quota (or the mailbox back in use) may cross a warning threshold
    // without any delivery: evaluated and notified in the same transaction.
    if (changes.after.quotaMb !== undefined || changes.after.state !== undefined)
      await this.quotaWarnings.flushWithWarnings(ctx.em, mailbox);
    else await ctx.em.flush();
    // A new password or a disabled mailbox ends the owner's panel sessions.
    if (input.password || mailbox.state !== 'ACTIVE') {
      await ctx.em.nativeDelete(SessionEntity, { mailbox: mailbox.id }, { filters: false });
    }
    return mailbox;
  }

  /**
   * What Dovecot last reported for a mailbox the caller was shown (by its login
   * address); null until it has. Batched per request.
   */
  async usage(ctx: CallerContext, loginAddress: string): Promise<MailboxUsageEntity | null> {
    requireViewer(ctx);
    const row = await mailboxUsageLoader(ctx.em).load(loginAddress);
    return row?.reportedAt ? row : null;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const viewer = requireWriter(ctx);
    const mailbox = await this.get(ctx, id);
    requirePermission(viewer, 'MAILBOXES_DELETE');
    if (mailbox.isPostmaster)
      throw forbidden('The postmaster mailbox belongs to the domain and cannot be deleted.');
    recordAudit(ctx, {
      action: 'mailbox.delete',
      objectType: 'Mailbox',
      objectId: mailbox.id,
      objectLabel: mailbox.address,
      tenantPath: mailbox.tenantPath,
      before: snapshot(mailbox),
    });
    ctx.em.remove(mailbox);
    await ctx.em.flush();
    return mailbox.id;
  }
}
