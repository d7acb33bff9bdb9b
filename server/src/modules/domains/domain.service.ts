import type { FilterQuery } from '@mikro-orm/core';
import {
  createDomainInputSchema,
  domainSettingsInputSchema,
  MX_PROBLEM_STATUSES,
  QUOTA_TIERS_GB,
  type CreateDomainInput,
  type DomainSettingsInput,
  type VerificationMailbox,
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
import type { EntityManager } from '../../infra/db/orm.js';
import type { JobQueue } from '../../infra/jobs/job-runner.js';
import { enqueueOutbox } from '../../infra/outbox/outbox.js';
import { hashMailboxPassword } from '../../platform/passwords/mailbox-password.js';
import { diff, recordAudit, type AuditRecord } from '../audit/audit.service.js';
import { buildPostmaster } from '../mailboxes/mailbox.factory.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { assertWithinPlan, planRoom } from '../organisations/plan-limits.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { DomainEntity, type DomainState } from './domain.entity.js';
import { nameTaken } from './domain-names.js';
import type { DomainProfileService } from '../domain-profiles/domain-profile.service.js';
import {
  checkOutcome,
  FIRST_CHECK_MS,
  type OwnershipVerifier,
} from './verification/ownership-verifier.js';
import type { VerifiableEntity } from './verification/verifiable.entity.js';
import { verificationCodeEmail } from './verification/verification-code.email.js';

export type DomainSortField = 'name' | 'createdAt';

export interface DomainFilter {
  search?: string | null;
  state?: DomainState | null;
  customerId?: string | null;
  mxProblem?: boolean | null;
}

const settingsOf = (d: DomainEntity) => ({
  profile: d.profile?.id ?? null,
  maxMailboxes: d.maxMailboxes ?? null,
  maxQuotaGb: d.maxQuotaGb ?? null,
  defaultQuotaGb: d.defaultQuotaGb,
  services: {
    pop: d.popEnabled,
    imap: d.imapEnabled,
    smtp: d.smtpEnabled,
    webmail: d.webmailEnabled,
  },
  allowedIps: d.allowedIps,
  catchAll: d.catchAll ?? null,
});

export const DOMAIN_PROVISION_JOB = 'domain.provision';
export const DOMAINS_VERIFY_JOB = 'domains.verify-pending';

/** Audit record of a verification step of a domain or a domain alias. */
type VerifiableType = 'Domain' | 'DomainAlias';

const verificationAudit = (
  e: VerifiableEntity & { tenantPath: string },
  objectType: VerifiableType,
  verb: 'verify' | 'verification.email',
  after: Record<string, unknown>,
): AuditRecord => ({
  action: `${objectType === 'Domain' ? 'domain' : 'domain_alias'}.${verb}`,
  objectType,
  objectId: e.id,
  objectLabel: e.name,
  tenantPath: e.tenantPath,
  after,
});

export class DomainService {
  constructor(
    readonly verifier: OwnershipVerifier,
    private readonly jobs: JobQueue,
    private readonly profiles: DomainProfileService,
    /** MAILBOX_MAX_MESSAGES, given to each new postmaster mailbox. */
    private readonly mailboxMaxMessages: number,
  ) {}

  get verificationIp(): string {
    return this.verifier.verifyIp;
  }

  async get(ctx: CallerContext, id: string): Promise<DomainEntity> {
    requireViewer(ctx);
    assertId('domain', id);
    const domain = await ctx.em.findOne(DomainEntity, { id });
    if (!domain) throw notFound('Domain');
    return domain;
  }

  async list(
    ctx: CallerContext,
    filter: DomainFilter,
    sort: Sort<DomainSortField>,
    page: PageArgs,
  ): Promise<Page<DomainEntity>> {
    requireViewer(ctx);
    const where: FilterQuery<DomainEntity> = {};
    if (filter.state) where.state = filter.state;
    if (filter.search) where.name = { $like: containsPattern(filter.search) };
    // A problem is an ACTIVE domain's, as the list flags and the dashboard counts it.
    const problem: FilterQuery<DomainEntity> = {
      state: 'ACTIVE',
      mxStatus: { $in: [...MX_PROBLEM_STATUSES] },
    };
    if (filter.mxProblem === true) where.$and = [problem];
    if (filter.mxProblem === false) where.$and = [{ $not: problem }];
    if (filter.customerId) {
      const customer = await ctx.em.findOne(OrganisationEntity, {
        id: assertId('organisation', filter.customerId, 'filter.customerId'),
      });
      if (!customer) throw notFound('Organisation');
      where.organisation = customer.id;
    }
    return paginate(ctx.em, DomainEntity, where, sort, page);
  }

  /** Creates the domain in UPDATING, with its postmaster; a job moves it on to verification. */
  async create(
    ctx: CallerContext,
    raw: CreateDomainInput,
    customerId?: string | null,
  ): Promise<DomainEntity> {
    const viewer = requireWriter(ctx);
    requirePermission(viewer, 'DOMAINS_ADD');
    const parsed = createDomainInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const customer = await this.customerFor(
      ctx,
      customerId ?? (viewer.actingAs.kind === 'CUSTOMER' ? viewer.actingAs.id : null),
    );
    if (await nameTaken(ctx.em, parsed.data.name))
      throw conflict('This domain is already on the platform.', 'name');
    await assertWithinPlan(ctx.em, customer, 'domains');
    const domain = new DomainEntity();
    Object.assign(domain, {
      organisation: customer,
      name: parsed.data.name,
      verificationLabel: this.verifier.newLabel(),
    });
    domain.tenantPath = `${customer.tenantPath}${domain.id}/`;
    // Every domain has its postmaster: a service mailbox with a fixed 50 MB quota.
    ctx.em.persist([
      domain,
      buildPostmaster(
        domain,
        hashMailboxPassword(parsed.data.postmasterPassword),
        this.mailboxMaxMessages,
      ),
    ]);
    this.jobs.enqueue(ctx.em, DOMAIN_PROVISION_JOB, { domainId: domain.id });
    recordAudit(ctx, {
      action: 'domain.create',
      objectType: 'Domain',
      objectId: domain.id,
      objectLabel: domain.name,
      tenantPath: domain.tenantPath,
      after: { name: domain.name, customer: customer.name },
    });
    await ctx.em.flush();
    return domain;
  }

  private async customerFor(
    ctx: CallerContext,
    customerId: string | null,
  ): Promise<OrganisationEntity> {
    if (!customerId) {
      throw validationFailed([
        {
          field: 'customerId',
          code: 'REQUIRED',
          message: 'Choose the customer the domain belongs to',
        },
      ]);
    }
    const customer = await ctx.em.findOne(OrganisationEntity, {
      id: assertId('organisation', customerId, 'customerId'),
    });
    if (!customer) throw notFound('Organisation');
    if (customer.kind !== 'CUSTOMER') {
      throw validationFailed([
        { field: 'customerId', code: 'NOT_ALLOWED', message: 'Domains belong to customers' },
      ]);
    }
    return customer;
  }

  /** The provisioning step: the mail platform picks the name up, then it waits for verification. */
  async provision(
    em: EntityManager,
    entity: { new (): VerifiableEntity },
    id: string,
  ): Promise<void> {
    const e = await em.findOne(entity, { id } as never);
    if (!e || e.state !== 'UPDATING') return;
    e.state = 'AWAITING_VERIFICATION';
    e.nextCheckAt = new Date(Date.now() + FIRST_CHECK_MS);
    await em.flush();
  }

  private async editable(ctx: CallerContext, id: string): Promise<DomainEntity> {
    const viewer = requireWriter(ctx);
    const domain = await this.get(ctx, id);
    requirePermission(viewer, 'DOMAINS_EDIT');
    return domain;
  }

  /** "Check now" for a domain or a domain alias the caller may edit. */
  async checkNow<E extends VerifiableEntity & { tenantPath: string }>(
    ctx: CallerContext,
    e: E,
    objectType: VerifiableType,
  ): Promise<E> {
    if (e.state === 'UPDATING')
      throw forbidden('The name is still being set up; try again in a moment.');
    if (e.state === 'AWAITING_VERIFICATION') {
      if (await this.verifier.check(e)) {
        recordAudit(
          ctx,
          verificationAudit(e, objectType, 'verify', { state: 'ACTIVE', verifiedBy: 'DNS' }),
        );
      }
      await ctx.em.flush();
    }
    return e;
  }

  async checkDomainNow(ctx: CallerContext, id: string): Promise<DomainEntity> {
    return this.checkNow(ctx, await this.editable(ctx, id), 'Domain');
  }

  /**
   * The periodic re-check of pending names whose back-off has run out. Lookups
   * take time (a silent DNS server, seconds each), so each result is written
   * only if the name is still pending: one disabled or suspended meanwhile
   * stays so rather than turning ACTIVE.
   */
  async checkDue(
    em: EntityManager,
    entities: Array<{ new (): VerifiableEntity }>,
    limit = 50,
  ): Promise<number> {
    let checked = 0;
    for (const entity of entities) {
      const due = await em.find(
        entity,
        { state: 'AWAITING_VERIFICATION', nextCheckAt: { $lte: new Date() } } as never,
        {
          orderBy: { nextCheckAt: 'asc' } as never,
          limit,
          // Unmanaged: only the guarded update below writes them.
          disableIdentityMap: true,
        },
      );
      for (const e of due) {
        await this.verifier.check(e);
        await em.nativeUpdate(
          entity,
          { id: e.id, state: 'AWAITING_VERIFICATION' } as never,
          checkOutcome(e) as never,
        );
      }
      checked += due.length;
    }
    return checked;
  }

  /** Mails a code for a domain or domain alias of `customerId`, white-label under a reseller. */
  async sendCode<E extends VerifiableEntity & { tenantPath: string }>(
    ctx: CallerContext,
    e: E,
    customerId: string,
    mailbox: VerificationMailbox,
    objectType: VerifiableType,
  ): Promise<E> {
    const { code, to } = this.verifier.issueCode(e, mailbox);
    const customer = await ctx.em.findOneOrFail(
      OrganisationEntity,
      { id: customerId },
      { filters: false, populate: ['parent'] },
    );
    const brand = customer.parent?.kind === 'RESELLER' ? customer.parent.name : null;
    enqueueOutbox(
      ctx.em,
      'email.send',
      verificationCodeEmail(to, e.name, code, customer.language, brand),
    );
    recordAudit(ctx, verificationAudit(e, objectType, 'verification.email', { sentTo: to }));
    await ctx.em.flush();
    return e;
  }

  async sendEmailCode(
    ctx: CallerContext,
    id: string,
    mailbox: VerificationMailbox,
  ): Promise<DomainEntity> {
    const domain = await this.editable(ctx, id);
    return this.sendCode(ctx, domain, domain.organisation.id, mailbox, 'Domain');
  }

  async confirmCode<E extends VerifiableEntity & { tenantPath: string }>(
    ctx: CallerContext,
    e: E,
    code: string,
    objectType: VerifiableType,
  ): Promise<E> {
    await this.verifier.confirm(ctx.em, e, code);
    recordAudit(
      ctx,
      verificationAudit(e, objectType, 'verify', { state: 'ACTIVE', verifiedBy: 'EMAIL' }),
    );
    await ctx.em.flush();
    return e;
  }

  async confirmEmailCode(ctx: CallerContext, id: string, code: string): Promise<DomainEntity> {
    return this.confirmCode(ctx, await this.editable(ctx, id), code, 'Domain');
  }

  /** Advanced settings. Limits (max mailboxes, max quota) are set from above: resellers and the platform. */
  async updateSettings(
    ctx: CallerContext,
    id: string,
    raw: DomainSettingsInput,
  ): Promise<DomainEntity> {
    const viewer = requireWriter(ctx);
    const domain = await this.editable(ctx, id);
    const parsed = domainSettingsInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const input = { ...parsed.data };
    if (input.profileId) {
      // A profile is a preset: its values count as if they had been typed in.
      const customer = await ctx.em.findOneOrFail(
        OrganisationEntity,
        { id: domain.organisation.id },
        { filters: false },
      );
      const profile = await this.profiles.usable(ctx.em, customer.tenantPath, input.profileId);
      domain.profile = profile;
      Object.assign(input, {
        maxMailboxes:
          input.maxMailboxes !== undefined ? input.maxMailboxes : (profile.maxMailboxes ?? null),
        maxQuotaGb:
          input.maxQuotaGb !== undefined ? input.maxQuotaGb : (profile.maxQuotaGb ?? null),
        defaultQuotaGb: input.defaultQuotaGb ?? profile.defaultQuotaGb,
        services: {
          pop: profile.popEnabled,
          imap: profile.imapEnabled,
          smtp: profile.smtpEnabled,
          webmail: profile.webmailEnabled,
          ...input.services,
        },
      });
    }
    // Limits are set from above; a profile the provider defined carries them down.
    const fromAbove = viewer.organisation.kind !== 'CUSTOMER' || Boolean(input.profileId);
    for (const field of ['maxMailboxes', 'maxQuotaGb'] as const) {
      if (input[field] !== undefined && !fromAbove) {
        throw validationFailed([
          { field, code: 'NOT_ALLOWED', message: 'This limit is set by your provider' },
        ]);
      }
    }
    const tiers = QUOTA_TIERS_GB as readonly number[];
    const tierError = (field: string) =>
      validationFailed([
        { field, code: 'INVALID_VALUE', message: 'Choose one of the quota tiers' },
      ]);
    if (
      input.maxQuotaGb !== undefined &&
      input.maxQuotaGb !== null &&
      !tiers.includes(input.maxQuotaGb)
    )
      throw tierError('maxQuotaGb');
    if (input.defaultQuotaGb !== undefined && !tiers.includes(input.defaultQuotaGb))
      throw tierError('defaultQuotaGb');
    const maxQuota = input.maxQuotaGb !== undefined ? input.maxQuotaGb : domain.maxQuotaGb;
    const defaultQuota = input.defaultQuotaGb ?? domain.defaultQuotaGb;
    if (maxQuota !== null && maxQuota !== undefined && defaultQuota > maxQuota) {
      throw validationFailed([
        {
          field: 'defaultQuotaGb',
          code: 'INVALID_VALUE',
          message: `At most the maximum quota (${maxQuota} GB)`,
        },
      ]);
    }
    if (input.catchAll) {
      const customer = await ctx.em.findOneOrFail(
        OrganisationEntity,
        { id: domain.organisation.id },
        { filters: false },
      );
      if (customer.trialEndsAt && customer.trialEndsAt > new Date()) {
        throw validationFailed([
          {
            field: 'catchAll',
            code: 'NOT_ALLOWED',
            message: 'Catch-all is not available during the free trial',
          },
        ]);
      }
    }
    const before = settingsOf(domain);
    if (input.maxMailboxes !== undefined) domain.maxMailboxes = input.maxMailboxes;
    if (input.maxQuotaGb !== undefined) domain.maxQuotaGb = input.maxQuotaGb;
    domain.defaultQuotaGb = defaultQuota;
    if (input.services?.pop !== undefined) domain.popEnabled = input.services.pop;
    if (input.services?.imap !== undefined) domain.imapEnabled = input.services.imap;
    if (input.services?.smtp !== undefined) domain.smtpEnabled = input.services.smtp;
    if (input.services?.webmail !== undefined) domain.webmailEnabled = input.services.webmail;
    if (input.allowedIps !== undefined) domain.allowedIps = [...new Set(input.allowedIps)];
    if (input.catchAll !== undefined) domain.catchAll = input.catchAll || null;
    const changes = diff(before, settingsOf(domain));
    if (Object.keys(changes.after).length) {
      recordAudit(ctx, {
        action: 'domain.settings',
        objectType: 'Domain',
        objectId: domain.id,
        objectLabel: domain.name,
        tenantPath: domain.tenantPath,
        ...changes,
      });
    }
    await ctx.em.flush();
    return domain;
  }

  /** Mailboxes still allowed on a domain by its own limit and the plans above it. */
  async remainingMailboxes(em: EntityManager, domainId: string): Promise<number | null> {
    const domain = await em.findOneOrFail(DomainEntity, { id: domainId }, { filters: false });
    const customer = await em.findOneOrFail(
      OrganisationEntity,
      { id: domain.organisation.id },
      { filters: false },
    );
    let room = await planRoom(em, customer, 'mailboxes');
    if (domain.maxMailboxes !== null && domain.maxMailboxes !== undefined) {
      const used = await em.count(
        MailboxEntity,
        { domain: domain.id, isPostmaster: false },
        { filters: false },
      );
      const left = Math.max(0, domain.maxMailboxes - used);
      room = room === null ? left : Math.min(room, left);
    }
    return room;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const viewer = requireWriter(ctx);
    const domain = await this.get(ctx, id);
    requirePermission(viewer, 'DOMAINS_DELETE');
    recordAudit(ctx, {
      action: 'domain.delete',
      objectType: 'Domain',
      objectId: domain.id,
      objectLabel: domain.name,
      tenantPath: domain.tenantPath,
      before: { name: domain.name, state: domain.state },
    });
    ctx.em.remove(domain);
    await ctx.em.flush();
    return domain.id;
  }
}
