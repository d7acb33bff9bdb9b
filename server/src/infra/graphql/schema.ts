import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { AppPubSub } from '../pubsub/pubsub.js';
import { ApiTokenResolver } from '../../modules/api-tokens/api-token.resolver.js';
import { AuditResolver } from '../../modules/audit/audit.resolver.js';
import { AuthResolver } from '../../modules/auth/auth.resolver.js';
import { OrganisationResolver } from '../../modules/organisations/organisation.resolver.js';
import { UserResolver } from '../../modules/users/user.resolver.js';
import { BrandingResolver } from '../../modules/branding/branding.resolver.js';
import { DashboardResolver } from '../../modules/dashboard/dashboard.resolver.js';
import { MxCheckResolver } from '../../modules/domains/mx/mx-check.resolver.js';
import { DomainResolver } from '../../modules/domains/domain.resolver.js';
import { DomainStateResolver } from '../../modules/domains/domain-state.resolver.js';
import { MailboxResolver } from '../../modules/mailboxes/mailbox.resolver.js';
import { AliasResolver } from '../../modules/aliases/alias.resolver.js';
import { DomainAliasResolver } from '../../modules/domain-aliases/domain-alias.resolver.js';
import { SelfServiceResolver } from '../../modules/self-service/self-service.resolver.js';
import { ClientSettingsResolver } from '../../modules/client-settings/client-settings.resolver.js';
import { DomainProfileResolver } from '../../modules/domain-profiles/domain-profile.resolver.js';
import { WebhookResolver } from '../../modules/webhooks/webhook.resolver.js';
import { NotificationSettingsResolver } from '../../modules/notification-settings/notification-settings.resolver.js';
import type { Services } from '../../services.js';
import { toViewerType } from '../../modules/auth/viewer.mapper.js';
import type { GraphQLContext } from './context.js';
import { requireViewer } from './context.js';

export const RESOLVERS = [
  AuthResolver,
  OrganisationResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  BrandingResolver,
  DashboardResolver,
  DomainResolver,
  DomainStateResolver,
  MailboxResolver,
  AliasResolver,
  DomainAliasResolver,
  SelfServiceResolver,
  ClientSettingsResolver,
  DomainProfileResolver,
  WebhookResolver,
  NotificationSettingsResolver,
  MxCheckResolver,
] as const;

/** Resolvers are built here with their services; type-graphql asks this container for them. */
const containerFor = (services: Services | null): ContainerType => {
  if (!services) {
    return {
      get: () => {
        throw new Error('this schema was built for printing only');
      },
    };
  }
  const reloadViewer = async (ctx: GraphQLContext) =>
    toViewerType(ctx.em, await services.auth.reload(ctx.em, requireViewer(ctx)));
  const instances = new Map<unknown, unknown>([
    [AuthResolver, new AuthResolver(services.auth)],
    [OrganisationResolver, new OrganisationResolver(services.organisations, reloadViewer)],
    [UserResolver, new UserResolver(services.users, services.domains.verificationIp)],
    [ApiTokenResolver, new ApiTokenResolver(services.apiTokens)],
    [AuditResolver, new AuditResolver(services.audit)],
    [BrandingResolver, new BrandingResolver(services.brandings)],
    [DashboardResolver, new DashboardResolver(services.dashboard)],
    [DomainResolver, new DomainResolver(services.domains)],
    [MxCheckResolver, new MxCheckResolver(services.mxChecks, services.domains.verificationIp)],
    [
      DomainStateResolver,
      new DomainStateResolver(services.domainStates, services.domains.verificationIp),
    ],
    [MailboxResolver, new MailboxResolver(services.mailboxes)],
    [AliasResolver, new AliasResolver(services.aliases)],
    [SelfServiceResolver, new SelfServiceResolver(services.selfService)],
    [ClientSettingsResolver, new ClientSettingsResolver(services.clientSettings)],
    [DomainProfileResolver, new DomainProfileResolver(services.domainProfiles)],
    [WebhookResolver, new WebhookResolver(services.webhooks)],
    [NotificationSettingsResolver, new NotificationSettingsResolver(services.notificationSettings)],
    [
      DomainAliasResolver,
      new DomainAliasResolver(services.domainAliases, services.domains.verificationIp),
    ],
  ]);
  return {
    get: (cls) => {
      const instance = instances.get(cls);
      if (!instance) throw new Error(`no resolver instance for ${String(cls)}`);
      return instance;
    },
  };
};

/** `services` null builds a schema for printing its SDL only. */
export const buildAppSchema = (
  services: Services | null,
  pubSub: AppPubSub,
): Promise<GraphQLSchema> =>
  buildSchema({
    resolvers: RESOLVERS,
    container: containerFor(services),
    pubSub,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });

/** The SDL as committed in `/schema.graphql`: sorted, so diffs show real changes only. */
export const printAppSchema = (schema: GraphQLSchema): string =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;
