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
import type { VerificationMailbox } from '@casella/shared';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import { mapPage } from '../../infra/graphql/pagination.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { OrganisationType, toOrganisationType } from '../organisations/organisation.type.js';
import { CreateDomainInputType, DomainsArgs } from './dto/domain.input.js';
import type { DomainEntity } from './domain.entity.js';
import type { DomainService } from './domain.service.js';
import {
  DomainConnection,
  DomainSettingsInputType,
  DomainType,
  toDomainType,
  VerificationMailboxEnum,
} from './domain.type.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';

@Resolver(() => DomainType)
export class DomainResolver {
  constructor(private readonly domainService: DomainService) {}

  private map = (e: DomainEntity) => toDomainType(e, this.domainService.verificationIp);

  @Query(() => DomainType)
  async domain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<DomainType> {
    return this.map(await this.domainService.get(ctx, id));
  }

  @Query(() => DomainConnection, { description: 'Domains you can see.' })
  async domains(@Ctx() ctx: GraphQLContext, @Args(() => DomainsArgs) args: DomainsArgs) {
    const sort = {
      field: args.orderBy?.field ?? ('name' as const),
      direction: args.orderBy?.direction ?? ('ASC' as const),
    };
    return mapPage(await this.domainService.list(ctx, args.filter ?? {}, sort, args), this.map);
  }

  @Mutation(() => DomainType, {
    description: 'Adds a domain; it then awaits ownership verification.',
  })
  async createDomain(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateDomainInputType) input: CreateDomainInputType,
  ) {
    const { customerId, ...rest } = input;
    return this.map(await this.domainService.create(ctx, rest, customerId));
  }

  @Mutation(() => DomainType, {
    description: '"Check now": looks up the verification record at once.',
  })
  async checkDomainVerification(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return this.map(await this.domainService.checkDomainNow(ctx, id));
  }

  @Mutation(() => DomainType, {
    description: 'Sends a verification code to a role address of the domain.',
  })
  async sendDomainVerificationEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('mailbox', () => VerificationMailboxEnum) mailbox: string,
  ) {
    return this.map(
      await this.domainService.sendEmailCode(ctx, id, mailbox.toLowerCase() as VerificationMailbox),
    );
  }

  @Mutation(() => DomainType, {
    description: 'Activates the domain with the code received by e-mail.',
  })
  async confirmDomainVerificationCode(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('code', () => String) code: string,
  ) {
    return this.map(await this.domainService.confirmEmailCode(ctx, id, code));
  }

  @Mutation(() => DomainType, { description: 'Changes the advanced settings of a domain.' })
  async updateDomainSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DomainSettingsInputType) input: DomainSettingsInputType,
  ) {
    return this.map(await this.domainService.updateSettings(ctx, id, input));
  }

  @FieldResolver(() => Int, { description: 'Mailboxes on the domain, the postmaster aside.' })
  async mailboxCount(@Ctx() ctx: GraphQLContext, @Root() domain: DomainType): Promise<number> {
    return ctx.em.count(MailboxEntity, { domain: domain.id, isPostmaster: false });
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Mailboxes that can still be created here (domain and plan limits); null: no limit.',
  })
  async remainingMailboxes(
    @Ctx() ctx: GraphQLContext,
    @Root() domain: DomainType,
  ): Promise<number | null> {
    return this.domainService.remainingMailboxes(ctx.em, domain.id);
  }

  @Mutation(() => ID, { description: 'Deletes a domain; returns its ID.' })
  async deleteDomain(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return this.domainService.delete(ctx, id);
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'The customer that owns it.',
  })
  async customer(
    @Ctx() ctx: GraphQLContext,
    @Root() domain: DomainType,
  ): Promise<OrganisationType | null> {
    const org = await ctx.em.findOne(OrganisationEntity, { id: domain.customerId });
    return org ? toOrganisationType(org) : null;
  }
}
