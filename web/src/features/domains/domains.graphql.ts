import { graphql } from '../../gql';

// With its DNS status (mxCheck), shown beside the state; the MX tab reads the rest of the check.
export const DomainRowFragment = graphql(`
  fragment DomainRow on Domain {
    id
    name
    asciiName
    state
    verifiedBy
    verifiedAt
    mailboxCount
    remainingMailboxes
    createdAt
    customerSuspended
    customer {
      id
      name
    }
    mxCheck {
      status
      checkedAt
    }
  }
`);

export const DomainSettingsFieldsFragment = graphql(`
  fragment DomainSettingsFields on Domain {
    id
    settings {
      profileId
      maxMailboxes
      maxQuotaGb
      defaultQuotaGb
      services {
        pop
        imap
        smtp
        webmail
      }
      allowedIps
      catchAll
    }
  }
`);

export const DomainsQuery = graphql(`
  query Domains($first: Int, $after: String, $filter: DomainFilter, $orderBy: DomainOrder) {
    domains(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...DomainRow
        }
      }
    }
  }
`);

export const DomainQuery = graphql(`
  query Domain($id: ID!) {
    domain(id: $id) {
      ...DomainRow
      ...DomainSettingsFields
      customer {
        id
        name
        trialEndsAt
      }
    }
  }
`);

/** The postmaster sees exactly one domain: its own. */
export const PostmasterDomainQuery = graphql(`
  query PostmasterDomain {
    domains(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const DomainCustomersQuery = graphql(`
  query DomainCustomers($search: String) {
    customers(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const DomainProfilesQuery = graphql(`
  query DomainProfiles {
    domainProfiles(first: 100) {
      edges {
        node {
          id
          name
          maxMailboxes
          maxQuotaGb
          defaultQuotaGb
          services {
            pop
            imap
            smtp
            webmail
          }
        }
      }
    }
  }
`);

export const CreateDomainMutation = graphql(`
  mutation CreateDomain($input: CreateDomainInput!) {
    createDomain(input: $input) {
      ...DomainRow
    }
  }
`);

export const UpdateDomainSettingsMutation = graphql(`
  mutation UpdateDomainSettings($id: ID!, $input: DomainSettingsInput!) {
    updateDomainSettings(id: $id, input: $input) {
      ...DomainRow
      ...DomainSettingsFields
    }
  }
`);

// The customer's switch and the provider's billing hold; each answers with the row
// the header and the list show, so they follow at once.
export const DisableDomainMutation = graphql(`
  mutation DisableDomain($id: ID!) {
    disableDomain(id: $id) {
      ...DomainRow
    }
  }
`);

export const EnableDomainMutation = graphql(`
  mutation EnableDomain($id: ID!) {
    enableDomain(id: $id) {
      ...DomainRow
    }
  }
`);

export const SuspendDomainMutation = graphql(`
  mutation SuspendDomain($id: ID!) {
    suspendDomain(id: $id) {
      ...DomainRow
    }
  }
`);

export const ReactivateDomainMutation = graphql(`
  mutation ReactivateDomain($id: ID!) {
    reactivateDomain(id: $id) {
      ...DomainRow
    }
  }
`);

export const DeleteDomainMutation = graphql(`
  mutation DeleteDomain($id: ID!) {
    deleteDomain(id: $id)
  }
`);

/** Client parameters are per mailbox; the domain's postmaster mailbox stands for all. */
export const DomainPostmasterMailboxQuery = graphql(`
  query DomainPostmasterMailbox($domainId: ID!) {
    mailboxes(domainId: $domainId, first: 5, filter: { search: "postmaster@" }) {
      edges {
        node {
          id
          isPostmaster
        }
      }
    }
  }
`);

export const DomainClientSettingsQuery = graphql(`
  query DomainClientSettings($mailboxId: ID!) {
    clientSettings(mailboxId: $mailboxId) {
      login
      imap {
        host
        port
        security
        enabled
      }
      pop {
        host
        port
        security
        enabled
      }
      smtp {
        host
        port
        security
        enabled
      }
    }
  }
`);
