import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import {
  CreateMailboxInputType,
  MailboxesArgs,
  UpdateMailboxInputType,
} from './dto/mailbox.input.js';
import type { MailboxService } from './mailbox.service.js';
import { MailboxConnection, MailboxType, toMailboxType } from './mailbox.type.js';
import { MailboxUsageType, toMailboxUsageType } from './mailbox-usage.type.js';

@Resolver(() => MailboxType)
export class MailboxResolver {
  constructor(private readonly mailboxService: MailboxService) {}

  @Query(() => MailboxType)
  async mailbox(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<MailboxType> {
    return toMailboxType(await this.mailboxService.get(ctx, id));
  }

  @Query(() => MailboxConnection, { description: 'Mailboxes of a domain.' })
  async mailboxes(@Ctx() ctx: GraphQLContext, @Args(() => MailboxesArgs) args: MailboxesArgs) {
    const sort = {
      field: args.orderBy?.field ?? ('address' as const),
      direction: args.orderBy?.direction ?? ('ASC' as const),
    };
    return mapPage(
      await this.mailboxService.list(ctx, args.domainId, args.filter ?? {}, sort, args),
      toMailboxType,
    );
  }

  @Mutation(() => MailboxType, { description: 'Creates a mailbox on an active domain.' })
  async createMailbox(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateMailboxInputType) input: CreateMailboxInputType,
  ) {
    const { domainId, services, ...rest } = input;
    return toMailboxType(
      await this.mailboxService.create(ctx, domainId, {
        ...rest,
        ...(services
          ? { services: { pop: true, imap: true, smtp: true, webmail: true, ...services } }
          : {}),
      }),
    );
  }

  @Mutation(() => MailboxType)
  async updateMailbox(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMailboxInputType) input: UpdateMailboxInputType,
  ) {
    return toMailboxType(await this.mailboxService.update(ctx, id, input));
  }

  @FieldResolver(() => MailboxUsageType, {
    nullable: true,
    description: 'Storage and messages as the mail platform last reported them; null until it has.',
  })
  async usage(
    @Ctx() ctx: GraphQLContext,
    @Root() mailbox: MailboxType,
  ): Promise<MailboxUsageType | null> {
    const row = await this.mailboxService.usage(ctx, mailbox.loginAddress);
    return row ? toMailboxUsageType(row) : null;
  }

  @Mutation(() => ID, { description: 'Deletes a mailbox (not the postmaster); returns its ID.' })
  async deleteMailbox(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    return this.mailboxService.delete(ctx, id);
  }
}
