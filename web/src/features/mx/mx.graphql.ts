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
