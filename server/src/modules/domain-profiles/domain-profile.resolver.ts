import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { requireViewer } from '../../infra/graphql/context.js';
import { PageArgsType } from '../../infra/graphql/page.args.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import type { DomainProfileService } from './domain-profile.service.js';
import {
  DomainProfileConnection,
  DomainProfileInputType,
  DomainProfileType,
  toDomainProfileType,
} from './domain-profile.type.js';

/** Services default to all on when a profile leaves them out. */
const withServices = (input: DomainProfileInputType) => ({
  ...input,
  services: input.services
    ? { pop: true, imap: true, smtp: true, webmail: true, ...input.services }
    : undefined,
});

@Resolver(() => DomainProfileType)
export class DomainProfileResolver {
  constructor(private readonly profileService: DomainProfileService) {}

  @Query(() => DomainProfileConnection, {
    description: 'Profiles you may apply: yours and those of the organisations above you.',
  })
  async domainProfiles(@Ctx() ctx: GraphQLContext, @Args(() => PageArgsType) args: PageArgsType) {
    const orgId = requireViewer(ctx).actingAs.id;
    return mapPage(await this.profileService.list(ctx, args), (e) => toDomainProfileType(e, orgId));
  }

  @Mutation(() => DomainProfileType)
  async createDomainProfile(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DomainProfileInputType) input: DomainProfileInputType,
  ) {
    return toDomainProfileType(
      await this.profileService.create(ctx, withServices(input)),
      requireViewer(ctx).actingAs.id,
    );
  }

  @Mutation(() => DomainProfileType)
  async updateDomainProfile(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DomainProfileInputType) input: DomainProfileInputType,
  ) {
    return toDomainProfileType(
      await this.profileService.update(ctx, id, withServices(input)),
      requireViewer(ctx).actingAs.id,
    );
  }

  @Mutation(() => ID, { description: 'Deletes a profile; domains keep the values it gave them.' })
  async deleteDomainProfile(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    return this.profileService.delete(ctx, id);
  }
}
