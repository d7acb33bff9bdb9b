import { graphql } from '../../gql';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    prefix
    ownerLogin
    scopes
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int, $after: String) {
    apiTokens(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ApiTokenRow
        }
      }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        ...ApiTokenRow
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenRow
    }
  }
`);
