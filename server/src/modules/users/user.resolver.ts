import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OrganisationType, toOrganisationType } from '../organisations/organisation.type.js';
import { CreateUserInputType, UpdateUserInputType } from './dto/user.input.js';
import { UsersArgs } from './dto/users.args.js';
import { UserEntity } from './user.entity.js';
import { DomainType, toDomainType } from '../domains/domain.type.js';
import type { UserService } from './user.service.js';
import { toUserType, UserConnection, UserType } from './user.type.js';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly verifyIp: string,
  ) {}

  @Query(() => UserType)
  async user(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<UserType> {
    return toUserType(await this.userService.get(ctx, id));
  }

  @Query(() => UserConnection, {
    description: 'Logins of your organisation (or of a customer below you).',
  })
  async users(@Ctx() ctx: GraphQLContext, @Args(() => UsersArgs) args: UsersArgs) {
    const sort = {
      field: args.orderBy?.field ?? ('login' as const),
      direction: args.orderBy?.direction ?? ('ASC' as const),
    };
    return mapPage(await this.userService.list(ctx, args.filter ?? {}, sort, args), toUserType);
  }

  @Mutation(() => UserType)
  async createUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateUserInputType) input: CreateUserInputType,
  ) {
    const { organisationId, ...rest } = input;
    return toUserType(await this.userService.create(ctx, rest, organisationId));
  }

  @Mutation(() => UserType)
  async updateUser(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInputType) input: UpdateUserInputType,
  ) {
    return toUserType(await this.userService.update(ctx, id, input));
  }

  @Mutation(() => ID, { description: 'Deletes a login; returns its ID.' })
  async deleteUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return this.userService.delete(ctx, id);
  }

  @FieldResolver(() => OrganisationType, { nullable: true })
  async organisation(
    @Ctx() ctx: GraphQLContext,
    @Root() user: UserType,
  ): Promise<OrganisationType | null> {
    const org = await ctx.em.findOne(OrganisationEntity, { id: user.organisationId });
    return org ? toOrganisationType(org) : null;
  }

  @FieldResolver(() => [OrganisationType], { description: 'Managers: the customers they act on.' })
  async grantedCustomers(
    @Ctx() ctx: GraphQLContext,
    @Root() user: UserType,
  ): Promise<OrganisationType[]> {
    if (user.role !== 'MANAGER') return [];
    const entity = await ctx.em.findOne(
      UserEntity,
      { id: user.id },
      { populate: ['grantedCustomers'] },
    );
    return entity ? entity.grantedCustomers.getItems().map(toOrganisationType) : [];
  }

  @FieldResolver(() => [DomainType], {
    description: 'Managers: the single domains they act on (that you can see).',
  })
  async grantedDomains(@Ctx() ctx: GraphQLContext, @Root() user: UserType): Promise<DomainType[]> {
    if (user.role !== 'MANAGER') return [];
    const entity = await ctx.em.findOne(
      UserEntity,
      { id: user.id },
      { populate: ['grantedDomains'] },
    );
    return entity
      ? entity.grantedDomains.getItems().map((d) => toDomainType(d, this.verifyIp))
      : [];
  }
}
