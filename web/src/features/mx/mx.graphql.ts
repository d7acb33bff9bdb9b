import { graphql } from '../../gql';

// DomainMxCheck has no ID: the cache merges it into its domain, so the list's
// and the header's status (see DomainRow) and this tab's details live together.
export const MxCheckFieldsFragment = graphql(`
  fragment MxCheckFields on DomainMxCheck {
    status
    checkedAt
    records {
      priority
      host
    }
    foreignHosts
    nameMissing
    expected {
      priority
      host
    }
  }
`);

// "Check now" answers with the same fields, so the tab, the page header and
// the list follow the new status from the cache.
export const MxDomainFragment = graphql(`
  fragment MxDomain on Domain {
    id
    name
    asciiName
    state
    mxCheck {
      ...MxCheckFields
    }
  }
`);

export const MxDomainQuery = graphql(`
  query MxDomain($id: ID!) {
    domain(id: $id) {
      ...MxDomain
    }
  }
`);

export const CheckDomainMxMutation = graphql(`
  mutation CheckDomainMx($id: ID!) {
    checkDomainMx(id: $id) {
      ...MxDomain
    }
  }
`);

// A domain alias's check, merged into the alias like the domain's, so the
// domain aliases tab's icon follows a check made here.
export const MxDomainAliasFragment = graphql(`
  fragment MxDomainAlias on DomainAlias {
    id
    name
    asciiName
    state
    mxCheck {
      ...MxCheckFields
    }
  }
`);

export const MxDomainAliasesQuery = graphql(`
  query MxDomainAliases($domainId: ID!, $first: Int) {
    domainAliases(domainId: $domainId, first: $first) {
      totalCount
      edges {
        node {
          ...MxDomainAlias
        }
      }
    }
  }
`);

export const CheckDomainAliasMxMutation = graphql(`
  mutation CheckDomainAliasMx($id: ID!) {
    checkDomainAliasMx(id: $id) {
      ...MxDomainAlias
    }
  }
`);
