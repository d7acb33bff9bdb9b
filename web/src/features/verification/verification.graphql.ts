import { graphql } from '../../gql';

// DomainVerification has no ID: the cache merges it into its domain (or domain
// alias) rather than replacing it, see typePolicies in lib/apollo/apollo-client.ts.
export const VerificationPanelFieldsFragment = graphql(`
  fragment VerificationPanelFields on DomainVerification {
    recordName
    recordType
    recordValue
    lastCheckAt
    lastSeen
    lastError
    nextCheckAt
    emailAddresses
    emailCodeSentTo
    emailCodeExpiresAt
  }
`);

// The mutations return the same fields, so the page header and the lists
// showing this domain (or alias) update from the cache as soon as it is verified.
export const VerifiableDomainFragment = graphql(`
  fragment VerifiableDomain on Domain {
    id
    name
    asciiName
    state
    verifiedAt
    verifiedBy
    verification {
      ...VerificationPanelFields
    }
  }
`);

export const VerifiableDomainAliasFragment = graphql(`
  fragment VerifiableDomainAlias on DomainAlias {
    id
    name
    asciiName
    state
    verifiedAt
    verifiedBy
    verification {
      ...VerificationPanelFields
    }
  }
`);

export const VerificationDomainQuery = graphql(`
  query VerificationDomain($id: ID!) {
    domain(id: $id) {
      ...VerifiableDomain
    }
  }
`);

export const VerificationDomainAliasQuery = graphql(`
  query VerificationDomainAlias($id: ID!) {
    domainAlias(id: $id) {
      ...VerifiableDomainAlias
    }
  }
`);

export const CheckDomainVerificationMutation = graphql(`
  mutation CheckDomainVerification($id: ID!) {
    checkDomainVerification(id: $id) {
      ...VerifiableDomain
    }
  }
`);

export const CheckDomainAliasVerificationMutation = graphql(`
  mutation CheckDomainAliasVerification($id: ID!) {
    checkDomainAliasVerification(id: $id) {
      ...VerifiableDomainAlias
    }
  }
`);

export const SendDomainVerificationEmailMutation = graphql(`
  mutation SendDomainVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {
    sendDomainVerificationEmail(id: $id, mailbox: $mailbox) {
      ...VerifiableDomain
    }
  }
`);

export const SendDomainAliasVerificationEmailMutation = graphql(`
  mutation SendDomainAliasVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {
    sendDomainAliasVerificationEmail(id: $id, mailbox: $mailbox) {
      ...VerifiableDomainAlias
    }
  }
`);

export const ConfirmDomainVerificationCodeMutation = graphql(`
  mutation ConfirmDomainVerificationCode($id: ID!, $code: String!) {
    confirmDomainVerificationCode(id: $id, code: $code) {
      ...VerifiableDomain
    }
  }
`);

export const ConfirmDomainAliasVerificationCodeMutation = graphql(`
  mutation ConfirmDomainAliasVerificationCode($id: ID!, $code: String!) {
    confirmDomainAliasVerificationCode(id: $id, code: $code) {
      ...VerifiableDomainAlias
    }
  }
`);
