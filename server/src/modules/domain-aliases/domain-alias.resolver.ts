import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { VerificationMailbox } from '@casella/shared';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { PageArgsType } from '../../infra/graphql/page.args.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { DomainType, toDomainType, VerificationMailboxEnum } from '../domains/domain.type.js';
import type { DomainAliasEntity } from './domain-alias.entity.js';
import type { DomainAliasService } from './domain-alias.service.js';
import {
  CreateDomainAliasInputType,
  DomainAliasConnection,
  DomainAliasType,
  toDomainAliasType,
} from './domain-alias.type.js';

@Resolver(() => DomainAliasType)
export class DomainAliasResolver {
  constructor(
    private readonly aliasService: DomainAliasService,
    private readonly verifyIp: string,
  ) {}

  private map = (e: DomainAliasEntity) => toDomainAliasType(e, this.verifyIp);

  @Query(() => DomainAliasType)
  async domainAlias(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.map(await this.aliasService.get(ctx, id));
  }

  @Query(() => DomainAliasConnection, { description: 'Aliases of a domain.' })
  async domainAliases(
    @Ctx() ctx: GraphQLContext,
    @Arg('domainId', () => ID) domainId: string,
    @Args(() => PageArgsType) args: PageArgsType,
  ) {
    return mapPage(await this.aliasService.list(ctx, domainId, args), this.map);
  }

  @Mutation(() => DomainAliasType, {
    description: 'Adds another name for a domain; it then awaits verification.',
  })
  async createDomainAlias(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateDomainAliasInputType) input: CreateDomainAliasInputType,
  ) {
    const { domainId, ...rest } = input;
    return this.map(await this.aliasService.create(ctx, domainId, rest));
  }

  @Mutation(() => DomainAliasType)
  async checkDomainAliasVerification(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.map(await this.aliasService.checkNow(ctx, id));
  }

  @Mutation(() => DomainAliasType)
  async sendDomainAliasVerificationEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('mailbox', () => VerificationMailboxEnum) mailbox: string,
  ) {
    return this.map(
      await this.aliasService.sendEmailCode(ctx, id, mailbox.toLowerCase() as VerificationMailbox),
    );
  }

  @Mutation(() => DomainAliasType)
  async confirmDomainAliasVerificationCode(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('code', () => String) code: string,
  ) {
    return this.map(await this.aliasService.confirmEmailCode(ctx, id, code));
  }

  @Mutation(() => ID, { description: 'Deletes a domain alias; returns its ID.' })
  async deleteDomainAlias(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    return this.aliasService.delete(ctx, id);
  }

  @FieldResolver(() => DomainType, { nullable: true })
  async domain(
    @Ctx() ctx: GraphQLContext,
    @Root() alias: DomainAliasType,
  ): Promise<DomainType | null> {
    const domain = await ctx.em.findOne(DomainEntity, { id: alias.domainId });
    return domain ? toDomainType(domain, this.verifyIp) : null;
  }
}
