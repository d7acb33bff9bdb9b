import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { PageArgsType } from '../../infra/graphql/page.args.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import type { AliasService } from './alias.service.js';
import { AliasConnection, AliasType, CreateAliasInputType, toAliasType } from './alias.type.js';

@Resolver(() => AliasType)
export class AliasResolver {
  constructor(private readonly aliasService: AliasService) {}

  @Query(() => AliasType)
  async alias(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<AliasType> {
    return toAliasType(await this.aliasService.get(ctx, id));
  }

  @Query(() => AliasConnection, { description: 'Aliases of a domain.' })
  async aliases(
    @Ctx() ctx: GraphQLContext,
    @Arg('domainId', () => ID) domainId: string,
    @Args(() => PageArgsType) args: PageArgsType,
  ) {
    return mapPage(await this.aliasService.list(ctx, domainId, args), toAliasType);
  }

  @Mutation(() => AliasType)
  async createAlias(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateAliasInputType) input: CreateAliasInputType,
  ) {
    const { domainId, ...rest } = input;
    return toAliasType(await this.aliasService.create(ctx, domainId, rest));
  }

  @Mutation(() => AliasType, { description: 'Replaces the destinations of an alias.' })
  async updateAlias(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('destinations', () => [String]) destinations: string[],
  ) {
    return toAliasType(await this.aliasService.update(ctx, id, destinations));
  }

  @Mutation(() => ID, { description: 'Deletes an alias; returns its ID.' })
  async deleteAlias(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return this.aliasService.delete(ctx, id);
  }
}
