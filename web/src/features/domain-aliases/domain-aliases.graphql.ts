import { graphql } from '../../gql';

// With its DNS status (mxCheck), flagged beside its state; the MX tab reads the rest of the check.
export const DomainAliasRowFragment = graphql(`
  fragment DomainAliasRow on DomainAlias {
    id
    name
    asciiName
    state
    verifiedAt
    verifiedBy
    mxCheck {
      status
      checkedAt
    }
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
