import { graphql } from '../../gql';

export const AuditEntryRowFragment = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    createdAt
    action
    actorId
    actorLabel
    actingAsId
    actingAsLabel
    objectType
    objectId
    objectLabel
    ip
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);

export const AuditEntryAddedSubscription = graphql(`
  subscription AuditEntryAdded {
    auditEntryAdded {
      id
    }
  }
`);
