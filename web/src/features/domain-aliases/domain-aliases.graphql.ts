import { graphql } from '../../gql';

export const DomainAliasRowFragment = graphql(`
  fragment DomainAliasRow on DomainAlias {
    id
    name
    asciiName
    state
    verifiedAt
    verifiedBy
  }
`);

export const DomainAliasesQuery = graphql(`
  query DomainAliases($domainId: ID!, $first: Int, $after: String) {
    domainAliases(domainId: $domainId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...DomainAliasRow
        }
      }
    }
  }
`);

export const CreateDomainAliasMutation = graphql(`
  mutation CreateDomainAlias($input: CreateDomainAliasInput!) {
    createDomainAlias(input: $input) {
      ...DomainAliasRow
    }
  }
`);

export const DeleteDomainAliasMutation = graphql(`
  mutation DeleteDomainAlias($id: ID!) {
    deleteDomainAlias(id: $id)
  }
`);
