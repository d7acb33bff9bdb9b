import { randomInt } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  createDomainInputSchema,
  verificationCodeSchema,
  type CreateDomainInput,
  type VerificationMailbox,
} from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import {
  conflict,
  forbidden,
  fromZodError,
  notFound,
  rateLimited,
  validationFailed,
} from '../../infra/graphql/errors.js';
import { assertId } from '../../infra/graphql/ids.js';
import { containsPattern } from '../../infra/db/like.js';
import { paginate, type Page, type PageArgs, type Sort } from '../../infra/graphql/pagination.js';
import type { EntityManager } from '../../infra/db/orm.js';
import type { JobQueue } from '../../infra/jobs/job-runner.js';
import { enqueueOutbox } from '../../infra/outbox/outbox.js';
import { safeEqual, sha256 } from '../../infra/security/hashing.js';
import { hashMailboxPassword } from '../../platform/passwords/mailbox-password.js';
import { buildPostmaster } from '../mailboxes/mailbox.factory.js';
import { recordAudit } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DomainEntity, type DomainState } from './domain.entity.js';
import type { DnsVerifier } from './verification/dns-verifier.js';
import { verificationCodeEmail } from './verification/verification-code.email.js';

export type DomainSortField = 'name' | 'createdAt';

export interface DomainFilter {
  search?: string | null;
  state?: DomainState | null;
  customerId?: string | null;
}

export const DOMAIN_PROVISION_JOB = 'domain.provision';
export const DOMAINS_VERIFY_JOB = 'domains.verify-pending';

const CODE_TTL_MS = 24 * 3_600_000;
const CODE_MAX_ATTEMPTS = 5;
const CODE_RESEND_MS = 60_000;
const FIRST_CHECK_MS = 5 * 60_000;
const MAX_CHECK_INTERVAL_MS = 24 * 3_600_000;

/** Next automatic DNS check: 5 minutes, doubling after each miss, at most a day. */
export const nextCheckDelayMs = (checks: number): number =>
  Math.min(FIRST_CHECK_MS * 2 ** checks, MAX_CHECK_INTERVAL_MS);

const codeHash = (domainId: string, code: string) => sha256(`${domainId}:${code}`);

export class DomainService {
  constructor(
    private readonly dns: DnsVerifier,
    private readonly verifyIp: string,
    private readonly jobs: JobQueue,
  ) {}

  get verificationIp(): string {
    return this.verifyIp;
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
    if (filter.customerId) {
      const customer = await ctx.em.findOne(OrganisationEntity, {
        id: assertId('organisation', filter.customerId, 'filter.customerId'),
      });
      if (!customer) throw notFound('Organisation');
      where.organisation = customer.id;
    }
    return paginate(ctx.em, DomainEntity, where, sort, page);
  }

  /** Creates the domain in UPDATING; a job moves it on to verification. */
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
    // Platform-wide: a name belongs to one customer only, whoever can see it.
    if ((await ctx.em.count(DomainEntity, { name: parsed.data.name }, { filters: false })) > 0) {
      throw conflict('This domain is already on the platform.', 'name');
    }
    const domain = new DomainEntity();
    Object.assign(domain, {
      organisation: customer,
      name: parsed.data.name,
      verificationLabel: `d${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`,
    });
    domain.tenantPath = `${customer.tenantPath}${domain.id}/`;
    // Every domain has its postmaster: a service mailbox with a fixed 50 MB quota.
    ctx.em.persist([
      domain,
      buildPostmaster(domain, hashMailboxPassword(parsed.data.postmasterPassword)),
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
    customerId?: string | null,
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

  /** The provisioning step: the mail platform picks the domain up, then it waits for verification. */
  async provision(em: EntityManager, domainId: string): Promise<void> {
    const domain = await em.findOne(DomainEntity, { id: domainId });
    if (!domain || domain.state !== 'UPDATING') return;
    domain.state = 'AWAITING_VERIFICATION';
    domain.nextCheckAt = new Date(Date.now() + FIRST_CHECK_MS);
    await em.flush();
  }

  private async editable(ctx: CallerContext, id: string): Promise<DomainEntity> {
    const viewer = requireWriter(ctx);
    const domain = await this.get(ctx, id);
    requirePermission(viewer, 'DOMAINS_EDIT');
    return domain;
  }

  /** "Check now": looks the verification record up and activates the domain when it points at us. */
  async checkNow(ctx: CallerContext, id: string): Promise<DomainEntity> {
    const domain = await this.editable(ctx, id);
    if (domain.state === 'UPDATING')
      throw forbidden('The domain is still being set up; try again in a moment.');
    if (domain.state === 'AWAITING_VERIFICATION') {
      if (await this.runCheck(domain)) {
        recordAudit(ctx, {
          action: 'domain.verify',
          objectType: 'Domain',
          objectId: domain.id,
          objectLabel: domain.name,
          tenantPath: domain.tenantPath,
          after: { state: 'ACTIVE', verifiedBy: 'DNS' },
        });
      }
      await ctx.em.flush();
    }
    return domain;
  }

  /** Checks one domain; true when it became ACTIVE. The caller flushes. */
  private async runCheck(domain: DomainEntity): Promise<boolean> {
    const result = await this.dns.lookupA(`${domain.verificationLabel}.${domain.name}`);
    domain.lastCheckAt = new Date();
    domain.lastCheckResult = result;
    domain.checkCount += 1;
    if (result.seen.includes(this.verifyIp)) {
      this.activate(domain, 'DNS');
      return true;
    }
    domain.nextCheckAt = new Date(Date.now() + nextCheckDelayMs(domain.checkCount));
    return false;
  }

  private activate(domain: DomainEntity, by: 'DNS' | 'EMAIL'): void {
    domain.state = 'ACTIVE';
    domain.verifiedAt = new Date();
    domain.verifiedBy = by;
    domain.nextCheckAt = null;
    domain.emailCodeHash = null;
    domain.emailCodeExpiresAt = null;
  }

  /** The periodic re-check of pending domains whose back-off has run out. */
  async checkDue(em: EntityManager, limit = 50): Promise<number> {
    const due = await em.find(
      DomainEntity,
      { state: 'AWAITING_VERIFICATION', nextCheckAt: { $lte: new Date() } },
      { orderBy: { nextCheckAt: 'asc' }, limit },
    );
    for (const domain of due) await this.runCheck(domain);
    await em.flush();
    return due.length;
  }

  async sendEmailCode(
    ctx: CallerContext,
    id: string,
    mailbox: VerificationMailbox,
  ): Promise<DomainEntity> {
    const domain = await this.editable(ctx, id);
    if (domain.state !== 'AWAITING_VERIFICATION')
      throw forbidden('Only a domain awaiting verification can be verified.');
    const sentAt = domain.emailCodeExpiresAt
      ? domain.emailCodeExpiresAt.getTime() - CODE_TTL_MS
      : 0;
    const wait = sentAt + CODE_RESEND_MS - Date.now();
    if (wait > 0)
      throw rateLimited(
        'A code was sent less than a minute ago; wait before sending another.',
        Math.ceil(wait / 1000),
      );
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const to = `${mailbox}@${domain.name}`;
    domain.emailCodeHash = codeHash(domain.id, code);
    domain.emailCodeSentTo = to;
    domain.emailCodeExpiresAt = new Date(Date.now() + CODE_TTL_MS);
    domain.emailCodeAttempts = 0;
    const customer = await ctx.em.findOneOrFail(
      OrganisationEntity,
      { id: domain.organisation.id },
      { filters: false, populate: ['parent'] },
    );
    const brand = customer.parent?.kind === 'RESELLER' ? customer.parent.name : null;
    enqueueOutbox(
      ctx.em,
      'email.send',
      verificationCodeEmail(to, domain.name, code, customer.language, brand),
    );
    recordAudit(ctx, {
      action: 'domain.verification.email',
      objectType: 'Domain',
      objectId: domain.id,
      objectLabel: domain.name,
      tenantPath: domain.tenantPath,
      after: { sentTo: to },
    });
    await ctx.em.flush();
    return domain;
  }

  async confirmEmailCode(ctx: CallerContext, id: string, rawCode: string): Promise<DomainEntity> {
    const domain = await this.editable(ctx, id);
    const parsed = verificationCodeSchema.safeParse(rawCode);
    if (!parsed.success) throw fromZodError(parsed.error, 'code');
    if (
      domain.state !== 'AWAITING_VERIFICATION' ||
      !domain.emailCodeHash ||
      !domain.emailCodeExpiresAt
    ) {
      throw validationFailed([
        { field: 'code', code: 'INVALID_VALUE', message: 'No code is pending: send one first' },
      ]);
    }
    if (domain.emailCodeAttempts >= CODE_MAX_ATTEMPTS) {
      throw rateLimited('Too many wrong codes: send a new one.', 0);
    }
    if (domain.emailCodeExpiresAt <= new Date()) {
      throw validationFailed([
        { field: 'code', code: 'INVALID_VALUE', message: 'The code has expired: send a new one' },
      ]);
    }
    if (!safeEqual(codeHash(domain.id, parsed.data), domain.emailCodeHash)) {
      domain.emailCodeAttempts += 1;
      await ctx.em.flush();
      const left = CODE_MAX_ATTEMPTS - domain.emailCodeAttempts;
      throw validationFailed([
        {
          field: 'code',
          code: 'MISMATCH',
          message: `Wrong code (${left} attempt${left === 1 ? '' : 's'} left)`,
        },
      ]);
    }
    this.activate(domain, 'EMAIL');
    recordAudit(ctx, {
      action: 'domain.verify',
      objectType: 'Domain',
      objectId: domain.id,
      objectLabel: domain.name,
      tenantPath: domain.tenantPath,
      after: { state: 'ACTIVE', verifiedBy: 'EMAIL' },
    });
    await ctx.em.flush();
    return domain;
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
