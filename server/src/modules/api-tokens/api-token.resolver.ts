import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { PageArgsType } from '../../infra/graphql/page.args.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import type { ApiTokenService } from './api-token.service.js';
import {
  ApiTokenConnection,
  ApiTokenType,
  CreateApiTokenInputType,
  CreatedApiTokenType,
  toApiTokenType,
} from './api-token.type.js';

@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => ApiTokenConnection, {
    description: "Your API tokens (administrators: all of the organisation's).",
  })
  async apiTokens(@Ctx() ctx: GraphQLContext, @Args(() => PageArgsType) args: PageArgsType) {
    const page = await this.tokens.list(ctx, args);
    await ctx.em.populate(
      page.edges.map((e) => e.node),
      ['owner'],
      { filters: false },
    );
    return mapPage(page, toApiTokenType);
  }

  @Mutation(() => CreatedApiTokenType)
  async createApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateApiTokenInputType) input: CreateApiTokenInputType,
  ): Promise<CreatedApiTokenType> {
    const { token, secret } = await this.tokens.create(ctx, input);
    return Object.assign(new CreatedApiTokenType(), { token: toApiTokenType(token), secret });
  }

  @Mutation(() => ApiTokenType, {
    description: 'Revokes a token at once; revoking twice is harmless.',
  })
  async revokeApiToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ApiTokenType> {
    const token = await this.tokens.revoke(ctx, id);
    await ctx.em.populate(token, ['owner'], { filters: false });
    return toApiTokenType(token);
  }
}
