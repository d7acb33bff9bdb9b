import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../infra/graphql/context.js';
import type { DashboardService } from './dashboard.service.js';
import { DashboardStatsType } from './dashboard.type.js';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Query(() => DashboardStatsType)
  async dashboardStats(@Ctx() ctx: GraphQLContext): Promise<DashboardStatsType> {
    return Object.assign(new DashboardStatsType(), await this.dashboard.stats(ctx));
  }
}
