import { Arg, Args, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { PageArgsType } from '../../infra/graphql/page.args.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import type { AuditEntryAddedEvent } from '../../infra/pubsub/pubsub.js';
import { canSeePath } from '../auth/viewer.js';
import type { AuditService } from './audit.service.js';
import {
  AuditEntryConnection,
  AuditEntryType,
  AuditFilterInput,
  toAuditEntryType,
} from './audit-entry.type.js';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Changes within your scope, newest first (LOGS_VIEW).',
  })
  async auditLog(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgsType) args: PageArgsType,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter?: AuditFilterInput | null,
  ) {
    return mapPage(await this.audit.list(ctx, filter ?? {}, args), toAuditEntryType);
  }

  @Subscription(() => AuditEntryType, {
    topics: 'AUDIT_ENTRY_ADDED',
    // Cheap first check on the path; the resolver reads the entry again through the subscriber's scope.
    filter: ({ payload, context }: { payload: AuditEntryAddedEvent; context: GraphQLContext }) =>
      Boolean(
        context.viewer?.permissions.has('LOGS_VIEW') &&
        canSeePath(context.viewer, payload.tenantPath),
      ),
    description: 'Live audit entries within your scope (LOGS_VIEW).',
  })
  async auditEntryAdded(
    @Ctx() ctx: GraphQLContext,
    @Root() payload: AuditEntryAddedEvent,
  ): Promise<AuditEntryType> {
    const entry = await this.audit.findVisible({ ...ctx, em: ctx.forkEm() }, payload.id);
    if (!entry) throw new Error('audit entry vanished');
    return toAuditEntryType(entry);
  }
}
