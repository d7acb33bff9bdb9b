import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import { CreateCustomerInput, CreateResellerInput } from './dto/create-organisation.input.js';
import { OrganisationsArgs } from './dto/organisations.args.js';
import {
  OrganisationLimitsInputType,
  UpdateOrganisationInput,
} from './dto/update-organisation.input.js';
import { OrganisationEntity } from './organisation.entity.js';
import type { OrganisationService } from './organisation.service.js';
import {
  OrganisationConnection,
  OrganisationType,
  toOrganisationType,
} from './organisation.type.js';
import type { AuthResolverDeps } from '../auth/auth.resolver.js';
import { ViewerType } from '../auth/viewer.type.js';

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly reloadViewer: AuthResolverDeps['reloadViewer'],
  ) {}

  @Query(() => OrganisationType, { description: 'An organisation you can see.' })
  async organisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<OrganisationType> {
    return toOrganisationType(await this.organisations.get(ctx, id));
  }

  @Query(() => OrganisationConnection, { description: 'Resellers (platform only).' })
  async resellers(
    @Ctx() ctx: GraphQLContext,
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
  ) {
    const page = await this.organisations.list(
      ctx,
      'RESELLER',
      { ...args.filter, resellerId: null },
      sortOf(args),
      args,
    );
    return mapPage(page, toOrganisationType);
  }

  @Query(() => OrganisationConnection, {
    description: "Customers below you (for a platform: direct and resellers' customers).",
  })
  async customers(
    @Ctx() ctx: GraphQLContext,
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
  ) {
    const page = await this.organisations.list(
      ctx,
      'CUSTOMER',
      args.filter ?? {},
      sortOf(args),
      args,
    );
    return mapPage(page, toOrganisationType);
  }

  @Mutation(() => OrganisationType)
  async createReseller(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateResellerInput) input: CreateResellerInput,
  ) {
    return toOrganisationType(await this.organisations.create(ctx, 'RESELLER', input));
  }

  @Mutation(() => OrganisationType)
  async createCustomer(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput,
  ) {
    const { resellerId, ...rest } = input;
    return toOrganisationType(await this.organisations.create(ctx, 'CUSTOMER', rest, resellerId));
  }

  @Mutation(() => OrganisationType)
  async updateOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
  ) {
    return toOrganisationType(await this.organisations.update(ctx, id, input));
  }

  @Mutation(() => OrganisationType, {
    description:
      'Sets plan limits (domains, mailboxes, trial) of a reseller or customer below you.',
  })
  async setOrganisationLimits(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganisationLimitsInputType) input: OrganisationLimitsInputType,
  ) {
    return toOrganisationType(await this.organisations.setLimits(ctx, id, input));
  }

  @Mutation(() => OrganisationType, {
    description: 'Suspends a reseller or customer: its users are signed out and cannot sign in.',
  })
  async suspendOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return toOrganisationType(await this.organisations.setStatus(ctx, id, 'SUSPENDED'));
  }

  @Mutation(() => OrganisationType)
  async reactivateOrganisation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return toOrganisationType(await this.organisations.setStatus(ctx, id, 'ACTIVE'));
  }

  @Mutation(() => ID, {
    description: 'Deletes a customer, or a reseller without customers; returns its ID.',
  })
  async deleteOrganisation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<string> {
    return this.organisations.delete(ctx, id);
  }

  @Mutation(() => ViewerType, {
    description: 'Act as one of your customers; audited and shown in `me`.',
  })
  async impersonate(
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID) organisationId: string,
  ) {
    await this.organisations.impersonate(ctx, organisationId);
    return this.reloadViewer(ctx);
  }

  @Mutation(() => ViewerType)
  async stopImpersonating(@Ctx() ctx: GraphQLContext) {
    await this.organisations.stopImpersonating(ctx);
    return this.reloadViewer(ctx);
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'The parent, when you can see it.',
  })
  async parent(
    @Ctx() ctx: GraphQLContext,
    @Root() org: OrganisationType,
  ): Promise<OrganisationType | null> {
    if (!org.parentId) return null;
    const parent = await ctx.em.findOne(OrganisationEntity, { id: org.parentId });
    return parent ? toOrganisationType(parent) : null;
  }

  @FieldResolver(() => Int, {
    description: 'Number of customers below this organisation that you can see.',
  })
  async customerCount(@Ctx() ctx: GraphQLContext, @Root() org: OrganisationType): Promise<number> {
    return ctx.em.count(OrganisationEntity, { parent: org.id, kind: 'CUSTOMER' });
  }
}

const sortOf = (args: OrganisationsArgs) => ({
  field: args.orderBy?.field ?? ('name' as const),
  direction: args.orderBy?.direction ?? ('ASC' as const),
});
