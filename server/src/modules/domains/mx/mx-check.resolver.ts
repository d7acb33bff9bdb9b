import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../infra/graphql/context.js';
import { DomainMxCheckType, DomainType, MxRecordType, toDomainType } from '../domain.type.js';
import type { MxCheckService } from './mx-check.service.js';

@Resolver(() => DomainMxCheckType)
export class MxCheckResolver {
  constructor(
    private readonly checks: MxCheckService,
    private readonly verifyIp: string,
  ) {}

  @Mutation(() => DomainType, {
    description: '"Check now": looks up the MX records of a domain at once.',
  })
  async checkDomainMx(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return toDomainType(await this.checks.checkNow(ctx, id), this.verifyIp);
  }

  @FieldResolver(() => [MxRecordType], {
    description: "The MX records the domain should publish: the platform's mail servers.",
  })
  expected(): MxRecordType[] {
    return this.checks.expected;
  }
}
