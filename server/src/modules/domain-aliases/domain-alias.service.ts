import {
  createDomainAliasInputSchema,
  type CreateDomainAliasInput,
  type VerificationMailbox,
} from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import { conflict, fromZodError, notFound } from '../../infra/graphql/errors.js';
import { assertId } from '../../infra/graphql/ids.js';
import { paginate, type Page, type PageArgs } from '../../infra/graphql/pagination.js';
import type { JobQueue } from '../../infra/jobs/job-runner.js';
import { recordAudit } from '../audit/audit.service.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { nameTaken } from '../domains/domain-names.js';
import type { DomainService } from '../domains/domain.service.js';
import { DomainAliasEntity } from './domain-alias.entity.js';

export const DOMAIN_ALIAS_PROVISION_JOB = 'domain-alias.provision';

/** Domain aliases: managed with the DOMAINS_* permissions, verified like domains. */
export class DomainAliasService {
  constructor(
    private readonly domains: DomainService,
    private readonly jobs: JobQueue,
  ) {}

  async get(ctx: CallerContext, id: string): Promise<DomainAliasEntity> {
    requireViewer(ctx);
    assertId('domainAlias', id);
    const alias = await ctx.em.findOne(DomainAliasEntity, { id }, { populate: ['domain'] });
    if (!alias) throw notFound('DomainAlias');
    return alias;
  }

  async list(
    ctx: CallerContext,
    domainId: string,
    page: PageArgs,
  ): Promise<Page<DomainAliasEntity>> {
    requireViewer(ctx);
    const domain = await ctx.em.findOne(DomainEntity, {
      id: assertId('domain', domainId, 'domainId'),
    });
    if (!domain) throw notFound('Domain');
    return paginate(
      ctx.em,
      DomainAliasEntity,
      { domain: domain.id },
      { field: 'name', direction: 'ASC' },
      page,
    );
  }

  async create(
    ctx: CallerContext,
    domainId: string,
    raw: CreateDomainAliasInput,
  ): Promise<DomainAliasEntity> {
    const viewer = requireWriter(ctx);
    requirePermission(viewer, 'DOMAINS_ADD');
    const domain = await ctx.em.findOne(DomainEntity, {
      id: assertId('domain', domainId, 'domainId'),
    });
    if (!domain) throw notFound('Domain');
    const parsed = createDomainAliasInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    if (await nameTaken(ctx.em, parsed.data.name))
      throw conflict('This name is already on the platform.', 'name');
    const alias = new DomainAliasEntity();
    Object.assign(alias, {
      domain,
      name: parsed.data.name,
      tenantPath: domain.tenantPath,
      verificationLabel: this.domains.verifier.newLabel(),
    });
    ctx.em.persist(alias);
    this.jobs.enqueue(ctx.em, DOMAIN_ALIAS_PROVISION_JOB, { domainAliasId: alias.id });
    recordAudit(ctx, {
      action: 'domain_alias.create',
      objectType: 'DomainAlias',
      objectId: alias.id,
      objectLabel: alias.name,
      tenantPath: alias.tenantPath,
      after: { name: alias.name, domain: domain.name },
    });
    await ctx.em.flush();
    return alias;
  }

  private async editable(ctx: CallerContext, id: string): Promise<DomainAliasEntity> {
    const viewer = requireWriter(ctx);
    const alias = await this.get(ctx, id);
    requirePermission(viewer, 'DOMAINS_EDIT');
    return alias;
  }

  async checkNow(ctx: CallerContext, id: string): Promise<DomainAliasEntity> {
    return this.domains.checkNow(ctx, await this.editable(ctx, id), 'DomainAlias');
  }

  async sendEmailCode(
    ctx: CallerContext,
    id: string,
    mailbox: VerificationMailbox,
  ): Promise<DomainAliasEntity> {
    const alias = await this.editable(ctx, id);
    const domain = await ctx.em.findOneOrFail(DomainEntity, { id: alias.domain.id });
    return this.domains.sendCode(ctx, alias, domain.organisation.id, mailbox, 'DomainAlias');
  }

  async confirmEmailCode(ctx: CallerContext, id: string, code: string): Promise<DomainAliasEntity> {
    return this.domains.confirmCode(ctx, await this.editable(ctx, id), code, 'DomainAlias');
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const viewer = requireWriter(ctx);
    const alias = await this.get(ctx, id);
    requirePermission(viewer, 'DOMAINS_DELETE');
    recordAudit(ctx, {
      action: 'domain_alias.delete',
      objectType: 'DomainAlias',
      objectId: alias.id,
      objectLabel: alias.name,
      tenantPath: alias.tenantPath,
      before: { name: alias.name },
    });
    ctx.em.remove(alias);
    await ctx.em.flush();
    return alias.id;
  }
}
