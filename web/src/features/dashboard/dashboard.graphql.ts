import { graphql } from '../../gql';

export const DashboardStatsQuery = graphql(`
  query DashboardStats {
    dashboardStats {
      resellers
      customers
      domains
      mailboxes
      users
      activeApiTokens
      domainsWithMxProblems
    }
  }
`);
