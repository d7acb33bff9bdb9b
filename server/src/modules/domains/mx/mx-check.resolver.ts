import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../infra/graphql/context.js';
import { DomainMxCheckType, DomainType, MxRecordType, toDomainType } from '../domain.type.js';
import type { MxCheckService } from './mx-check.service.js';
import { DomainAliasType, toDomainAliasType } from '../../domain-aliases/domain-alias.type.js';

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

  @Mutation(() => DomainAliasType, {
    description: '"Check now": looks up the MX records of a domain alias at once.',
  })
  async checkDomainAliasMx(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return toDomainAliasType(await this.checks.checkAliasNow(ctx, id), this.verifyIp);
  }

  @FieldResolver(() => [MxRecordType], {
    description: "The MX records the name should publish: the platform's mail servers.",
  })
  expected(): MxRecordType[] {
    return this.checks.expected;
  }
}
