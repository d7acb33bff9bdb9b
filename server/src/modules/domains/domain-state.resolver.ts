import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { DomainStateChange } from '@casella/shared';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import type { DomainStateService } from './domain-state.service.js';
import { DomainType, toDomainType } from './domain.type.js';

/** The customer's on/off switch and the provider's billing hold on a domain. */
@Resolver(() => DomainType)
export class DomainStateResolver {
  constructor(
    private readonly states: DomainStateService,
    private readonly verifyIp: string,
  ) {}

  private async change(ctx: GraphQLContext, id: string, change: DomainStateChange) {
    return toDomainType(await this.states.change(ctx, id, change), this.verifyIp);
  }

  @Mutation(() => DomainType, {
    description:
      'Turns a domain off (DOMAINS_EDIT): its mailboxes cannot sign in and its mail is refused until it is enabled again. Already disabled: nothing changes.',
  })
  async disableDomain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.change(ctx, id, 'DISABLE');
  }

  @Mutation(() => DomainType, {
    description:
      'Turns a disabled domain back on (DOMAINS_EDIT): ACTIVE if its ownership was verified, otherwise AWAITING_VERIFICATION. CONFLICT while it is suspended: only the provider lifts that.',
  })
  async enableDomain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.change(ctx, id, 'ENABLE');
  }

  @Mutation(() => DomainType, {
    description:
      'Billing: suspends a domain of a customer you serve (resellers and the platform, CUSTOMERS_MANAGE). Its mail stops as when disabled, and the customer cannot lift it.',
  })
  async suspendDomain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.change(ctx, id, 'SUSPEND');
  }

  @Mutation(() => DomainType, {
    description:
      'Lifts a suspension (CUSTOMERS_MANAGE): the domain returns to the state it was suspended in; one the customer had disabled stays disabled, and only a verified one becomes ACTIVE.',
  })
  async reactivateDomain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.change(ctx, id, 'REACTIVATE');
  }

  @FieldResolver(() => Boolean, {
    description:
      'True while its customer (or the reseller above) is suspended: the mail platform then serves none of its domains, whatever their own state, until the customer is reactivated.',
  })
  async customerSuspended(
    @Ctx() ctx: GraphQLContext,
    @Root() domain: DomainType,
  ): Promise<boolean> {
    return this.states.customerSuspended(ctx, domain.tenantPath);
  }
}
