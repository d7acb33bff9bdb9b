import { aliasInputSchema, type AliasInput } from '@casella/shared';
import type { CallerContext } from '../../infra/graphql/context.js';
import { requirePermission, requireViewer, requireWriter } from '../../infra/graphql/context.js';
import { conflict, fromZodError, notFound, validationFailed } from '../../infra/graphql/errors.js';
import { assertId } from '../../infra/graphql/ids.js';
import { paginate, type Page, type PageArgs } from '../../infra/graphql/pagination.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { addressOf } from '../mailboxes/mailbox.factory.js';
import { AliasEntity } from './alias.entity.js';
import { addressTaken, wouldLoop } from './address-book.js';

/** Aliases are mailbox-level objects: the MAILBOXES_* permissions govern them. */
export class AliasService {
  async get(ctx: CallerContext, id: string): Promise<AliasEntity> {
    requireViewer(ctx);
    assertId('alias', id);
    const alias = await ctx.em.findOne(AliasEntity, { id }, { populate: ['domain'] });
    if (!alias) throw notFound('Alias');
    return alias;
  }

  async list(ctx: CallerContext, domainId: string, page: PageArgs): Promise<Page<AliasEntity>> {
    requireViewer(ctx);
    const domain = await ctx.em.findOne(DomainEntity, {
      id: assertId('domain', domainId, 'domainId'),
    });
    if (!domain) throw notFound('Domain');
    return paginate(
      ctx.em,
      AliasEntity,
      { domain: domain.id },
      { field: 'address', direction: 'ASC' },
      page,
    );
  }

  private async checkDestinations(
    ctx: CallerContext,
    address: string,
    destinations: string[],
  ): Promise<void> {
    const self = destinations.indexOf(address);
    if (self >= 0 || (await wouldLoop(ctx.em, address, destinations))) {
      throw validationFailed([
        {
          field: `destinations.${Math.max(0, self)}`,
          code: 'NOT_ALLOWED',
          message: 'This would make mail go round in a loop',
        },
      ]);
    }
  }

  async create(ctx: CallerContext, domainId: string, raw: AliasInput): Promise<AliasEntity> {
    const viewer = requireWriter(ctx);
    requirePermission(viewer, 'MAILBOXES_ADD');
    const domain = await ctx.em.findOne(DomainEntity, {
      id: assertId('domain', domainId, 'domainId'),
    });
    if (!domain) throw notFound('Domain');
    const parsed = aliasInputSchema.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    if (domain.state !== 'ACTIVE') {
      throw validationFailed([
        {
          field: 'domainId',
          code: 'NOT_ALLOWED',
          message: 'Aliases can be created only on an active (verified) domain',
        },
      ]);
    }
    const address = addressOf(parsed.data.localPart, domain);
    // An alias never shadows a mailbox, nor another alias.
    if (await addressTaken(ctx.em, address))
      throw conflict('This address already exists.', 'localPart');
    await this.checkDestinations(ctx, address, parsed.data.destinations);
    const alias = new AliasEntity();
    Object.assign(alias, {
      domain,
      localPart: parsed.data.localPart,
      address,
      tenantPath: domain.tenantPath,
      destinations: parsed.data.destinations,
    });
    ctx.em.persist(alias);
    recordAudit(ctx, {
      action: 'alias.create',
      objectType: 'Alias',
      objectId: alias.id,
      objectLabel: address,
      tenantPath: alias.tenantPath,
      after: { destinations: alias.destinations },
    });
    await ctx.em.flush();
    return alias;
  }

  async update(ctx: CallerContext, id: string, destinationsRaw: string[]): Promise<AliasEntity> {
    const viewer = requireWriter(ctx);
    const alias = await this.get(ctx, id);
    requirePermission(viewer, 'MAILBOXES_EDIT');
    const parsed = aliasInputSchema.shape.destinations.safeParse(destinationsRaw);
    if (!parsed.success) throw fromZodError(parsed.error, 'destinations');
    await this.checkDestinations(ctx, alias.address, parsed.data);
    const before = { destinations: alias.destinations };
    alias.destinations = parsed.data;
    const changes = diff(before, { destinations: alias.destinations });
    if (Object.keys(changes.after).length) {
      recordAudit(ctx, {
        action: 'alias.update',
        objectType: 'Alias',
        objectId: alias.id,
        objectLabel: alias.address,
        tenantPath: alias.tenantPath,
        ...changes,
      });
    }
    await ctx.em.flush();
    return alias;
  }

  async delete(ctx: CallerContext, id: string): Promise<string> {
    const viewer = requireWriter(ctx);
    const alias = await this.get(ctx, id);
    requirePermission(viewer, 'MAILBOXES_DELETE');
    recordAudit(ctx, {
      action: 'alias.delete',
      objectType: 'Alias',
      objectId: alias.id,
      objectLabel: alias.address,
      tenantPath: alias.tenantPath,
      before: { destinations: alias.destinations },
    });
    ctx.em.remove(alias);
    await ctx.em.flush();
    return alias.id;
  }
}
