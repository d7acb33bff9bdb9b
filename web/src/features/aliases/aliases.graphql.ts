import { graphql } from '../../gql';

export const AliasRowFragment = graphql(`
  fragment AliasRow on Alias {
    id
    address
    localPart
    destinations
  }
`);

export const AliasesQuery = graphql(`
  query Aliases($domainId: ID!, $first: Int, $after: String) {
    aliases(domainId: $domainId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AliasRow
        }
      }
    }
  }
`);

export const CreateAliasMutation = graphql(`
  mutation CreateAlias($input: CreateAliasInput!) {
    createAlias(input: $input) {
      ...AliasRow
    }
  }
`);

export const UpdateAliasMutation = graphql(`
  mutation UpdateAlias($id: ID!, $destinations: [String!]!) {
    updateAlias(id: $id, destinations: $destinations) {
      ...AliasRow
    }
  }
`);

export const DeleteAliasMutation = graphql(`
  mutation DeleteAlias($id: ID!) {
    deleteAlias(id: $id)
  }
`);
