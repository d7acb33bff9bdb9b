import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import type { ClientSettingsService } from './client-settings.service.js';
import { ClientSettingsType } from './client-settings.type.js';

@Resolver()
export class ClientSettingsResolver {
  constructor(private readonly settingsService: ClientSettingsService) {}

  @Query(() => ClientSettingsType, {
    description: 'Client parameters of a mailbox; mailbox owners omit the ID.',
  })
  async clientSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('mailboxId', () => ID, { nullable: true }) mailboxId?: string | null,
  ): Promise<ClientSettingsType> {
    return Object.assign(
      new ClientSettingsType(),
      await this.settingsService.forMailbox(ctx, mailboxId),
    );
  }
}
