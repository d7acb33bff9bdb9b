import { graphql } from '../../gql';

export const MyMailboxFieldsFragment = graphql(`
  fragment MyMailboxFields on Mailbox {
    id
    address
    firstName
    lastName
    quotaMb
    forwards
    keepCopy
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

export const MyMailboxQuery = graphql(`
  query MyMailbox {
    myMailbox {
      ...MyMailboxFields
    }
    clientSettings {
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

export const UpdateMyMailboxMutation = graphql(`
  mutation UpdateMyMailbox($input: UpdateMyMailboxInput!) {
    updateMyMailbox(input: $input) {
      ...MyMailboxFields
    }
  }
`);
