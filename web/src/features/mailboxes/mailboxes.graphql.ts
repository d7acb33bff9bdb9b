import { graphql } from '../../gql';

export const MailboxRowFragment = graphql(`
  fragment MailboxRow on Mailbox {
    id
    address
    localPart
    firstName
    lastName
    quotaMb
    state
    isPostmaster
    forwards
    keepCopy
    services {
      pop
      imap
      smtp
      webmail
    }
    autoresponder {
      enabled
      subject
      body
      startsAt
      endsAt
    }
    usage {
      bytes
      messages
      reportedAt
    }
  }
`);

// Only what the tab uses: the cache merges DomainSettings (it has no ID), so the
// domain page's fuller selection of the same settings is kept.
export const MailboxDomainQuery = graphql(`
  query MailboxDomain($id: ID!) {
    domain(id: $id) {
      id
      mailboxCount
      remainingMailboxes
      settings {
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
`);

export const MailboxesQuery = graphql(`
  query Mailboxes(
    $domainId: ID!
    $first: Int
    $after: String
    $filter: MailboxFilter
    $orderBy: MailboxOrder
  ) {
    mailboxes(
      domainId: $domainId
      first: $first
      after: $after
      filter: $filter
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...MailboxRow
        }
      }
    }
  }
`);

export const CreateMailboxMutation = graphql(`
  mutation CreateMailbox($input: CreateMailboxInput!) {
    createMailbox(input: $input) {
      ...MailboxRow
    }
  }
`);

export const UpdateMailboxMutation = graphql(`
  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {
    updateMailbox(id: $id, input: $input) {
      ...MailboxRow
    }
  }
`);

export const DeleteMailboxMutation = graphql(`
  mutation DeleteMailbox($id: ID!) {
    deleteMailbox(id: $id)
  }
`);
