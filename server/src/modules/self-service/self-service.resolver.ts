import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { AutoresponderInputType, MailboxType, toMailboxType } from '../mailboxes/mailbox.type.js';
import type { SelfServiceService } from './self-service.service.js';

@InputType('UpdateMyMailboxInput')
export class UpdateMyMailboxInputType {
  @Field(() => String, { nullable: true, description: 'Needed to set a new password.' })
  currentPassword?: string;

  @Field(() => String, { nullable: true })
  newPassword?: string;

  @Field(() => [String], { nullable: true })
  forwards?: string[];

  @Field(() => Boolean, { nullable: true })
  keepCopy?: boolean;

  @Field(() => AutoresponderInputType, { nullable: true })
  autoresponder?: AutoresponderInputType;
}

@Resolver()
export class SelfServiceResolver {
  constructor(private readonly selfService: SelfServiceService) {}

  @Query(() => MailboxType, { description: 'Mailbox owners and postmasters: your own mailbox.' })
  async myMailbox(@Ctx() ctx: GraphQLContext): Promise<MailboxType> {
    return toMailboxType(await this.selfService.mine(ctx));
  }

  @Mutation(() => MailboxType, {
    description: 'Mailbox owners: change your password, forwards and autoresponder.',
  })
  async updateMyMailbox(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateMyMailboxInputType) input: UpdateMyMailboxInputType,
  ): Promise<MailboxType> {
    return toMailboxType(await this.selfService.update(ctx, input));
  }
}
