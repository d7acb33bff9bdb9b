import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import type { NotificationSettingsService } from './notification-settings.service.js';
import {
  NotificationSettingsInputType,
  NotificationSettingsType,
  toNotificationSettingsType,
} from './notification-settings.type.js';

@Resolver(() => NotificationSettingsType)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationSettingsType, {
    description: 'Notification settings of the customer you act as.',
  })
  async notificationSettings(@Ctx() ctx: GraphQLContext) {
    return toNotificationSettingsType(await this.settings.get(ctx));
  }

  @Mutation(() => NotificationSettingsType)
  async updateNotificationSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => NotificationSettingsInputType) input: NotificationSettingsInputType,
  ) {
    return toNotificationSettingsType(await this.settings.update(ctx, input));
  }
}
