/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AliasRow on Alias {\n    id\n    address\n    localPart\n    destinations\n  }\n": typeof types.AliasRowFragmentDoc,
    "\n  query Aliases($domainId: ID!, $first: Int, $after: String) {\n    aliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AliasRow\n        }\n      }\n    }\n  }\n": typeof types.AliasesDocument,
    "\n  mutation CreateAlias($input: CreateAliasInput!) {\n    createAlias(input: $input) {\n      ...AliasRow\n    }\n  }\n": typeof types.CreateAliasDocument,
    "\n  mutation UpdateAlias($id: ID!, $destinations: [String!]!) {\n    updateAlias(id: $id, destinations: $destinations) {\n      ...AliasRow\n    }\n  }\n": typeof types.UpdateAliasDocument,
    "\n  mutation DeleteAlias($id: ID!) {\n    deleteAlias(id: $id)\n  }\n": typeof types.DeleteAliasDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    ownerLogin\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokens($first: Int, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    action\n    actorId\n    actorLabel\n    actingAsId\n    actingAsLabel\n    objectType\n    objectId\n    objectLabel\n    ip\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      id\n    }\n  }\n": typeof types.AuditEntryAddedDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    login\n    name\n    role\n    permissions\n    authenticatedBy\n    organisation {\n      id\n      name\n      kind\n    }\n    actingAs {\n      id\n      name\n      kind\n    }\n    impersonation {\n      startedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query DashboardStats {\n    dashboardStats {\n      resellers\n      customers\n      domains\n      mailboxes\n      users\n      activeApiTokens\n      domainsWithMxProblems\n    }\n  }\n": typeof types.DashboardStatsDocument,
    "\n  fragment DomainAliasRow on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n": typeof types.DomainAliasRowFragmentDoc,
    "\n  query DomainAliases($domainId: ID!, $first: Int, $after: String) {\n    domainAliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainAliasRow\n        }\n      }\n    }\n  }\n": typeof types.DomainAliasesDocument,
    "\n  mutation CreateDomainAlias($input: CreateDomainAliasInput!) {\n    createDomainAlias(input: $input) {\n      ...DomainAliasRow\n    }\n  }\n": typeof types.CreateDomainAliasDocument,
    "\n  mutation DeleteDomainAlias($id: ID!) {\n    deleteDomainAlias(id: $id)\n  }\n": typeof types.DeleteDomainAliasDocument,
    "\n  fragment DomainRow on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedBy\n    verifiedAt\n    mailboxCount\n    remainingMailboxes\n    createdAt\n    customerSuspended\n    customer {\n      id\n      name\n    }\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n": typeof types.DomainRowFragmentDoc,
    "\n  fragment DomainSettingsFields on Domain {\n    id\n    settings {\n      profileId\n      maxMailboxes\n      maxQuotaGb\n      defaultQuotaGb\n      services {\n        pop\n        imap\n        smtp\n        webmail\n      }\n      allowedIps\n      catchAll\n    }\n  }\n": typeof types.DomainSettingsFieldsFragmentDoc,
    "\n  query Domains($first: Int, $after: String, $filter: DomainFilter, $orderBy: DomainOrder) {\n    domains(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainRow\n        }\n      }\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainRow\n      ...DomainSettingsFields\n      customer {\n        id\n        name\n        trialEndsAt\n      }\n    }\n  }\n": typeof types.DomainDocument,
    "\n  query PostmasterDomain {\n    domains(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PostmasterDomainDocument,
    "\n  query DomainCustomers($search: String) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DomainCustomersDocument,
    "\n  query DomainProfiles {\n    domainProfiles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          maxMailboxes\n          maxQuotaGb\n          defaultQuotaGb\n          services {\n            pop\n            imap\n            smtp\n            webmail\n          }\n        }\n      }\n    }\n  }\n": typeof types.DomainProfilesDocument,
    "\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      ...DomainRow\n    }\n  }\n": typeof types.CreateDomainDocument,
    "\n  mutation UpdateDomainSettings($id: ID!, $input: DomainSettingsInput!) {\n    updateDomainSettings(id: $id, input: $input) {\n      ...DomainRow\n      ...DomainSettingsFields\n    }\n  }\n": typeof types.UpdateDomainSettingsDocument,
    "\n  mutation DisableDomain($id: ID!) {\n    disableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": typeof types.DisableDomainDocument,
    "\n  mutation EnableDomain($id: ID!) {\n    enableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": typeof types.EnableDomainDocument,
    "\n  mutation SuspendDomain($id: ID!) {\n    suspendDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": typeof types.SuspendDomainDocument,
    "\n  mutation ReactivateDomain($id: ID!) {\n    reactivateDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": typeof types.ReactivateDomainDocument,
    "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id)\n  }\n": typeof types.DeleteDomainDocument,
    "\n  query DomainPostmasterMailbox($domainId: ID!) {\n    mailboxes(domainId: $domainId, first: 5, filter: { search: \"postmaster@\" }) {\n      edges {\n        node {\n          id\n          isPostmaster\n        }\n      }\n    }\n  }\n": typeof types.DomainPostmasterMailboxDocument,
    "\n  query DomainClientSettings($mailboxId: ID!) {\n    clientSettings(mailboxId: $mailboxId) {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n": typeof types.DomainClientSettingsDocument,
    "\n  fragment MailboxRow on Mailbox {\n    id\n    address\n    localPart\n    firstName\n    lastName\n    quotaMb\n    state\n    isPostmaster\n    forwards\n    keepCopy\n    services {\n      pop\n      imap\n      smtp\n      webmail\n    }\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n": typeof types.MailboxRowFragmentDoc,
    "\n  query MailboxDomain($id: ID!) {\n    domain(id: $id) {\n      id\n      mailboxCount\n      remainingMailboxes\n      settings {\n        maxQuotaGb\n        defaultQuotaGb\n        services {\n          pop\n          imap\n          smtp\n          webmail\n        }\n      }\n    }\n  }\n": typeof types.MailboxDomainDocument,
    "\n  query Mailboxes(\n    $domainId: ID!\n    $first: Int\n    $after: String\n    $filter: MailboxFilter\n    $orderBy: MailboxOrder\n  ) {\n    mailboxes(\n      domainId: $domainId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MailboxRow\n        }\n      }\n    }\n  }\n": typeof types.MailboxesDocument,
    "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxRow\n    }\n  }\n": typeof types.CreateMailboxDocument,
    "\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxRow\n    }\n  }\n": typeof types.UpdateMailboxDocument,
    "\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n": typeof types.DeleteMailboxDocument,
    "\n  fragment MxCheckFields on DomainMxCheck {\n    status\n    checkedAt\n    records {\n      priority\n      host\n    }\n    foreignHosts\n    nameMissing\n    expected {\n      priority\n      host\n    }\n  }\n": typeof types.MxCheckFieldsFragmentDoc,
    "\n  fragment MxDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n": typeof types.MxDomainFragmentDoc,
    "\n  query MxDomain($id: ID!) {\n    domain(id: $id) {\n      ...MxDomain\n    }\n  }\n": typeof types.MxDomainDocument,
    "\n  mutation CheckDomainMx($id: ID!) {\n    checkDomainMx(id: $id) {\n      ...MxDomain\n    }\n  }\n": typeof types.CheckDomainMxDocument,
    "\n  fragment MxDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n": typeof types.MxDomainAliasFragmentDoc,
    "\n  query MxDomainAliases($domainId: ID!, $first: Int) {\n    domainAliases(domainId: $domainId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...MxDomainAlias\n        }\n      }\n    }\n  }\n": typeof types.MxDomainAliasesDocument,
    "\n  mutation CheckDomainAliasMx($id: ID!) {\n    checkDomainAliasMx(id: $id) {\n      ...MxDomainAlias\n    }\n  }\n": typeof types.CheckDomainAliasMxDocument,
    "\n  fragment MyMailboxFields on Mailbox {\n    id\n    address\n    firstName\n    lastName\n    quotaMb\n    forwards\n    keepCopy\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n": typeof types.MyMailboxFieldsFragmentDoc,
    "\n  query MyMailbox {\n    myMailbox {\n      ...MyMailboxFields\n    }\n    clientSettings {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n": typeof types.MyMailboxDocument,
    "\n  mutation UpdateMyMailbox($input: UpdateMyMailboxInput!) {\n    updateMyMailbox(input: $input) {\n      ...MyMailboxFields\n    }\n  }\n": typeof types.UpdateMyMailboxDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    quotaEmailEnabled\n    quotaEmailRecipients\n    quotaWebhookEnabled\n    mxEmailEnabled\n  }\n": typeof types.NotificationSettingsFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query WebhookCatalogue {\n    webhookCatalogue {\n      httpAllowed\n      eventTypes {\n        type\n      }\n    }\n  }\n": typeof types.WebhookCatalogueDocument,
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    createdAt\n    secretRotatedAt\n    lastAttemptAt\n    lastAttemptStatus\n    lastResponseCode\n  }\n": typeof types.WebhookEndpointRowFragmentDoc,
    "\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WebhookEndpointRow\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  query WebhookEndpointSecret($id: ID!) {\n    webhookEndpointSecret(id: $id)\n  }\n": typeof types.WebhookEndpointSecretDocument,
    "\n  query WebhookDeliveryAttempts($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveryAttempts(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          attempt\n          status\n          responseCode\n          latencyMs\n          error\n          createdAt\n          deliveryStatus\n          nextAttemptAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveryAttemptsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": typeof types.RotateWebhookEndpointSecretDocument,
    "\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      messageId\n    }\n  }\n": typeof types.SendTestWebhookEventDocument,
    "\n  fragment OrganisationRow on Organisation {\n    id\n    name\n    kind\n    contactEmail\n    language\n    status\n    createdAt\n    customerCount\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.OrganisationRowFragmentDoc,
    "\n  query Resellers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    resellers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n": typeof types.ResellersDocument,
    "\n  query Customers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.CreateResellerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.SuspendOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n": typeof types.ReactivateOrganisationDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  mutation Impersonate($organisationId: ID!) {\n    impersonate(organisationId: $organisationId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ImpersonateDocument,
    "\n  query ResellerOptions {\n    resellers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResellerOptionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation StopImpersonating {\n    stopImpersonating {\n      ...ViewerFields\n    }\n  }\n": typeof types.StopImpersonatingDocument,
    "\n  fragment UserRow on User {\n    id\n    login\n    name\n    email\n    role\n    permissions\n    disabled\n    lastLoginAt\n    createdAt\n    grantedCustomers {\n      id\n      name\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query GrantableCustomers {\n    customers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GrantableCustomersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.DeleteUserDocument,
    "\n  fragment VerificationPanelFields on DomainVerification {\n    recordName\n    recordType\n    recordValue\n    lastCheckAt\n    lastSeen\n    lastError\n    nextCheckAt\n    emailAddresses\n    emailCodeSentTo\n    emailCodeExpiresAt\n  }\n": typeof types.VerificationPanelFieldsFragmentDoc,
    "\n  fragment VerifiableDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n": typeof types.VerifiableDomainFragmentDoc,
    "\n  fragment VerifiableDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n": typeof types.VerifiableDomainAliasFragmentDoc,
    "\n  query VerificationDomain($id: ID!) {\n    domain(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n": typeof types.VerificationDomainDocument,
    "\n  query VerificationDomainAlias($id: ID!) {\n    domainAlias(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n": typeof types.VerificationDomainAliasDocument,
    "\n  mutation CheckDomainVerification($id: ID!) {\n    checkDomainVerification(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n": typeof types.CheckDomainVerificationDocument,
    "\n  mutation CheckDomainAliasVerification($id: ID!) {\n    checkDomainAliasVerification(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n": typeof types.CheckDomainAliasVerificationDocument,
    "\n  mutation SendDomainVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomain\n    }\n  }\n": typeof types.SendDomainVerificationEmailDocument,
    "\n  mutation SendDomainAliasVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainAliasVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomainAlias\n    }\n  }\n": typeof types.SendDomainAliasVerificationEmailDocument,
    "\n  mutation ConfirmDomainVerificationCode($id: ID!, $code: String!) {\n    confirmDomainVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomain\n    }\n  }\n": typeof types.ConfirmDomainVerificationCodeDocument,
    "\n  mutation ConfirmDomainAliasVerificationCode($id: ID!, $code: String!) {\n    confirmDomainAliasVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomainAlias\n    }\n  }\n": typeof types.ConfirmDomainAliasVerificationCodeDocument,
    "\n  query Branding($host: String!) {\n    branding(host: $host) {\n      host\n      title\n      logoUrl\n      faviconUrl\n      primaryColor\n      secondaryColor\n      isDefault\n    }\n  }\n": typeof types.BrandingDocument,
};
const documents: Documents = {
    "\n  fragment AliasRow on Alias {\n    id\n    address\n    localPart\n    destinations\n  }\n": types.AliasRowFragmentDoc,
    "\n  query Aliases($domainId: ID!, $first: Int, $after: String) {\n    aliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AliasRow\n        }\n      }\n    }\n  }\n": types.AliasesDocument,
    "\n  mutation CreateAlias($input: CreateAliasInput!) {\n    createAlias(input: $input) {\n      ...AliasRow\n    }\n  }\n": types.CreateAliasDocument,
    "\n  mutation UpdateAlias($id: ID!, $destinations: [String!]!) {\n    updateAlias(id: $id, destinations: $destinations) {\n      ...AliasRow\n    }\n  }\n": types.UpdateAliasDocument,
    "\n  mutation DeleteAlias($id: ID!) {\n    deleteAlias(id: $id)\n  }\n": types.DeleteAliasDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    ownerLogin\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokens($first: Int, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    action\n    actorId\n    actorLabel\n    actingAsId\n    actingAsLabel\n    objectType\n    objectId\n    objectLabel\n    ip\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      id\n    }\n  }\n": types.AuditEntryAddedDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    login\n    name\n    role\n    permissions\n    authenticatedBy\n    organisation {\n      id\n      name\n      kind\n    }\n    actingAs {\n      id\n      name\n      kind\n    }\n    impersonation {\n      startedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query DashboardStats {\n    dashboardStats {\n      resellers\n      customers\n      domains\n      mailboxes\n      users\n      activeApiTokens\n      domainsWithMxProblems\n    }\n  }\n": types.DashboardStatsDocument,
    "\n  fragment DomainAliasRow on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n": types.DomainAliasRowFragmentDoc,
    "\n  query DomainAliases($domainId: ID!, $first: Int, $after: String) {\n    domainAliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainAliasRow\n        }\n      }\n    }\n  }\n": types.DomainAliasesDocument,
    "\n  mutation CreateDomainAlias($input: CreateDomainAliasInput!) {\n    createDomainAlias(input: $input) {\n      ...DomainAliasRow\n    }\n  }\n": types.CreateDomainAliasDocument,
    "\n  mutation DeleteDomainAlias($id: ID!) {\n    deleteDomainAlias(id: $id)\n  }\n": types.DeleteDomainAliasDocument,
    "\n  fragment DomainRow on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedBy\n    verifiedAt\n    mailboxCount\n    remainingMailboxes\n    createdAt\n    customerSuspended\n    customer {\n      id\n      name\n    }\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n": types.DomainRowFragmentDoc,
    "\n  fragment DomainSettingsFields on Domain {\n    id\n    settings {\n      profileId\n      maxMailboxes\n      maxQuotaGb\n      defaultQuotaGb\n      services {\n        pop\n        imap\n        smtp\n        webmail\n      }\n      allowedIps\n      catchAll\n    }\n  }\n": types.DomainSettingsFieldsFragmentDoc,
    "\n  query Domains($first: Int, $after: String, $filter: DomainFilter, $orderBy: DomainOrder) {\n    domains(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainRow\n        }\n      }\n    }\n  }\n": types.DomainsDocument,
    "\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainRow\n      ...DomainSettingsFields\n      customer {\n        id\n        name\n        trialEndsAt\n      }\n    }\n  }\n": types.DomainDocument,
    "\n  query PostmasterDomain {\n    domains(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.PostmasterDomainDocument,
    "\n  query DomainCustomers($search: String) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DomainCustomersDocument,
    "\n  query DomainProfiles {\n    domainProfiles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          maxMailboxes\n          maxQuotaGb\n          defaultQuotaGb\n          services {\n            pop\n            imap\n            smtp\n            webmail\n          }\n        }\n      }\n    }\n  }\n": types.DomainProfilesDocument,
    "\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      ...DomainRow\n    }\n  }\n": types.CreateDomainDocument,
    "\n  mutation UpdateDomainSettings($id: ID!, $input: DomainSettingsInput!) {\n    updateDomainSettings(id: $id, input: $input) {\n      ...DomainRow\n      ...DomainSettingsFields\n    }\n  }\n": types.UpdateDomainSettingsDocument,
    "\n  mutation DisableDomain($id: ID!) {\n    disableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": types.DisableDomainDocument,
    "\n  mutation EnableDomain($id: ID!) {\n    enableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": types.EnableDomainDocument,
    "\n  mutation SuspendDomain($id: ID!) {\n    suspendDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": types.SuspendDomainDocument,
    "\n  mutation ReactivateDomain($id: ID!) {\n    reactivateDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n": types.ReactivateDomainDocument,
    "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id)\n  }\n": types.DeleteDomainDocument,
    "\n  query DomainPostmasterMailbox($domainId: ID!) {\n    mailboxes(domainId: $domainId, first: 5, filter: { search: \"postmaster@\" }) {\n      edges {\n        node {\n          id\n          isPostmaster\n        }\n      }\n    }\n  }\n": types.DomainPostmasterMailboxDocument,
    "\n  query DomainClientSettings($mailboxId: ID!) {\n    clientSettings(mailboxId: $mailboxId) {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n": types.DomainClientSettingsDocument,
    "\n  fragment MailboxRow on Mailbox {\n    id\n    address\n    localPart\n    firstName\n    lastName\n    quotaMb\n    state\n    isPostmaster\n    forwards\n    keepCopy\n    services {\n      pop\n      imap\n      smtp\n      webmail\n    }\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n": types.MailboxRowFragmentDoc,
    "\n  query MailboxDomain($id: ID!) {\n    domain(id: $id) {\n      id\n      mailboxCount\n      remainingMailboxes\n      settings {\n        maxQuotaGb\n        defaultQuotaGb\n        services {\n          pop\n          imap\n          smtp\n          webmail\n        }\n      }\n    }\n  }\n": types.MailboxDomainDocument,
    "\n  query Mailboxes(\n    $domainId: ID!\n    $first: Int\n    $after: String\n    $filter: MailboxFilter\n    $orderBy: MailboxOrder\n  ) {\n    mailboxes(\n      domainId: $domainId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MailboxRow\n        }\n      }\n    }\n  }\n": types.MailboxesDocument,
    "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxRow\n    }\n  }\n": types.CreateMailboxDocument,
    "\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxRow\n    }\n  }\n": types.UpdateMailboxDocument,
    "\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n": types.DeleteMailboxDocument,
    "\n  fragment MxCheckFields on DomainMxCheck {\n    status\n    checkedAt\n    records {\n      priority\n      host\n    }\n    foreignHosts\n    nameMissing\n    expected {\n      priority\n      host\n    }\n  }\n": types.MxCheckFieldsFragmentDoc,
    "\n  fragment MxDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n": types.MxDomainFragmentDoc,
    "\n  query MxDomain($id: ID!) {\n    domain(id: $id) {\n      ...MxDomain\n    }\n  }\n": types.MxDomainDocument,
    "\n  mutation CheckDomainMx($id: ID!) {\n    checkDomainMx(id: $id) {\n      ...MxDomain\n    }\n  }\n": types.CheckDomainMxDocument,
    "\n  fragment MxDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n": types.MxDomainAliasFragmentDoc,
    "\n  query MxDomainAliases($domainId: ID!, $first: Int) {\n    domainAliases(domainId: $domainId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...MxDomainAlias\n        }\n      }\n    }\n  }\n": types.MxDomainAliasesDocument,
    "\n  mutation CheckDomainAliasMx($id: ID!) {\n    checkDomainAliasMx(id: $id) {\n      ...MxDomainAlias\n    }\n  }\n": types.CheckDomainAliasMxDocument,
    "\n  fragment MyMailboxFields on Mailbox {\n    id\n    address\n    firstName\n    lastName\n    quotaMb\n    forwards\n    keepCopy\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n": types.MyMailboxFieldsFragmentDoc,
    "\n  query MyMailbox {\n    myMailbox {\n      ...MyMailboxFields\n    }\n    clientSettings {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n": types.MyMailboxDocument,
    "\n  mutation UpdateMyMailbox($input: UpdateMyMailboxInput!) {\n    updateMyMailbox(input: $input) {\n      ...MyMailboxFields\n    }\n  }\n": types.UpdateMyMailboxDocument,
    "\n  fragment NotificationSettingsFields on NotificationSettings {\n    quotaEmailEnabled\n    quotaEmailRecipients\n    quotaWebhookEnabled\n    mxEmailEnabled\n  }\n": types.NotificationSettingsFieldsFragmentDoc,
    "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query WebhookCatalogue {\n    webhookCatalogue {\n      httpAllowed\n      eventTypes {\n        type\n      }\n    }\n  }\n": types.WebhookCatalogueDocument,
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    createdAt\n    secretRotatedAt\n    lastAttemptAt\n    lastAttemptStatus\n    lastResponseCode\n  }\n": types.WebhookEndpointRowFragmentDoc,
    "\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WebhookEndpointRow\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointRow\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  query WebhookEndpointSecret($id: ID!) {\n    webhookEndpointSecret(id: $id)\n  }\n": types.WebhookEndpointSecretDocument,
    "\n  query WebhookDeliveryAttempts($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveryAttempts(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          attempt\n          status\n          responseCode\n          latencyMs\n          error\n          createdAt\n          deliveryStatus\n          nextAttemptAt\n        }\n      }\n    }\n  }\n": types.WebhookDeliveryAttemptsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n": types.RotateWebhookEndpointSecretDocument,
    "\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      messageId\n    }\n  }\n": types.SendTestWebhookEventDocument,
    "\n  fragment OrganisationRow on Organisation {\n    id\n    name\n    kind\n    contactEmail\n    language\n    status\n    createdAt\n    customerCount\n    parent {\n      id\n      name\n    }\n  }\n": types.OrganisationRowFragmentDoc,
    "\n  query Resellers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    resellers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n": types.ResellersDocument,
    "\n  query Customers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      ...OrganisationRow\n    }\n  }\n": types.CreateResellerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...OrganisationRow\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationRow\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n": types.SuspendOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n": types.ReactivateOrganisationDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n": types.DeleteOrganisationDocument,
    "\n  mutation Impersonate($organisationId: ID!) {\n    impersonate(organisationId: $organisationId) {\n      ...ViewerFields\n    }\n  }\n": types.ImpersonateDocument,
    "\n  query ResellerOptions {\n    resellers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResellerOptionsDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation StopImpersonating {\n    stopImpersonating {\n      ...ViewerFields\n    }\n  }\n": types.StopImpersonatingDocument,
    "\n  fragment UserRow on User {\n    id\n    login\n    name\n    email\n    role\n    permissions\n    disabled\n    lastLoginAt\n    createdAt\n    grantedCustomers {\n      id\n      name\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query GrantableCustomers {\n    customers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GrantableCustomersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.DeleteUserDocument,
    "\n  fragment VerificationPanelFields on DomainVerification {\n    recordName\n    recordType\n    recordValue\n    lastCheckAt\n    lastSeen\n    lastError\n    nextCheckAt\n    emailAddresses\n    emailCodeSentTo\n    emailCodeExpiresAt\n  }\n": types.VerificationPanelFieldsFragmentDoc,
    "\n  fragment VerifiableDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n": types.VerifiableDomainFragmentDoc,
    "\n  fragment VerifiableDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n": types.VerifiableDomainAliasFragmentDoc,
    "\n  query VerificationDomain($id: ID!) {\n    domain(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n": types.VerificationDomainDocument,
    "\n  query VerificationDomainAlias($id: ID!) {\n    domainAlias(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n": types.VerificationDomainAliasDocument,
    "\n  mutation CheckDomainVerification($id: ID!) {\n    checkDomainVerification(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n": types.CheckDomainVerificationDocument,
    "\n  mutation CheckDomainAliasVerification($id: ID!) {\n    checkDomainAliasVerification(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n": types.CheckDomainAliasVerificationDocument,
    "\n  mutation SendDomainVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomain\n    }\n  }\n": types.SendDomainVerificationEmailDocument,
    "\n  mutation SendDomainAliasVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainAliasVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomainAlias\n    }\n  }\n": types.SendDomainAliasVerificationEmailDocument,
    "\n  mutation ConfirmDomainVerificationCode($id: ID!, $code: String!) {\n    confirmDomainVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomain\n    }\n  }\n": types.ConfirmDomainVerificationCodeDocument,
    "\n  mutation ConfirmDomainAliasVerificationCode($id: ID!, $code: String!) {\n    confirmDomainAliasVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomainAlias\n    }\n  }\n": types.ConfirmDomainAliasVerificationCodeDocument,
    "\n  query Branding($host: String!) {\n    branding(host: $host) {\n      host\n      title\n      logoUrl\n      faviconUrl\n      primaryColor\n      secondaryColor\n      isDefault\n    }\n  }\n": types.BrandingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AliasRow on Alias {\n    id\n    address\n    localPart\n    destinations\n  }\n"): (typeof documents)["\n  fragment AliasRow on Alias {\n    id\n    address\n    localPart\n    destinations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Aliases($domainId: ID!, $first: Int, $after: String) {\n    aliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AliasRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Aliases($domainId: ID!, $first: Int, $after: String) {\n    aliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AliasRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlias($input: CreateAliasInput!) {\n    createAlias(input: $input) {\n      ...AliasRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlias($input: CreateAliasInput!) {\n    createAlias(input: $input) {\n      ...AliasRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAlias($id: ID!, $destinations: [String!]!) {\n    updateAlias(id: $id, destinations: $destinations) {\n      ...AliasRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAlias($id: ID!, $destinations: [String!]!) {\n    updateAlias(id: $id, destinations: $destinations) {\n      ...AliasRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAlias($id: ID!) {\n    deleteAlias(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAlias($id: ID!) {\n    deleteAlias(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    ownerLogin\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    ownerLogin\n    scopes\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ApiTokenRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    action\n    actorId\n    actorLabel\n    actingAsId\n    actingAsLabel\n    objectType\n    objectId\n    objectLabel\n    ip\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    id\n    createdAt\n    action\n    actorId\n    actorLabel\n    actingAsId\n    actingAsLabel\n    objectType\n    objectId\n    objectLabel\n    ip\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...AuditEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription AuditEntryAdded {\n    auditEntryAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    login\n    name\n    role\n    permissions\n    authenticatedBy\n    organisation {\n      id\n      name\n      kind\n    }\n    actingAs {\n      id\n      name\n      kind\n    }\n    impersonation {\n      startedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    kind\n    login\n    name\n    role\n    permissions\n    authenticatedBy\n    organisation {\n      id\n      name\n      kind\n    }\n    actingAs {\n      id\n      name\n      kind\n    }\n    impersonation {\n      startedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      csrfToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStats {\n    dashboardStats {\n      resellers\n      customers\n      domains\n      mailboxes\n      users\n      activeApiTokens\n      domainsWithMxProblems\n    }\n  }\n"): (typeof documents)["\n  query DashboardStats {\n    dashboardStats {\n      resellers\n      customers\n      domains\n      mailboxes\n      users\n      activeApiTokens\n      domainsWithMxProblems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainAliasRow on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DomainAliasRow on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainAliases($domainId: ID!, $first: Int, $after: String) {\n    domainAliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainAliasRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainAliases($domainId: ID!, $first: Int, $after: String) {\n    domainAliases(domainId: $domainId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainAliasRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDomainAlias($input: CreateDomainAliasInput!) {\n    createDomainAlias(input: $input) {\n      ...DomainAliasRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDomainAlias($input: CreateDomainAliasInput!) {\n    createDomainAlias(input: $input) {\n      ...DomainAliasRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDomainAlias($id: ID!) {\n    deleteDomainAlias(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDomainAlias($id: ID!) {\n    deleteDomainAlias(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainRow on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedBy\n    verifiedAt\n    mailboxCount\n    remainingMailboxes\n    createdAt\n    customerSuspended\n    customer {\n      id\n      name\n    }\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DomainRow on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedBy\n    verifiedAt\n    mailboxCount\n    remainingMailboxes\n    createdAt\n    customerSuspended\n    customer {\n      id\n      name\n    }\n    mxCheck {\n      status\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainSettingsFields on Domain {\n    id\n    settings {\n      profileId\n      maxMailboxes\n      maxQuotaGb\n      defaultQuotaGb\n      services {\n        pop\n        imap\n        smtp\n        webmail\n      }\n      allowedIps\n      catchAll\n    }\n  }\n"): (typeof documents)["\n  fragment DomainSettingsFields on Domain {\n    id\n    settings {\n      profileId\n      maxMailboxes\n      maxQuotaGb\n      defaultQuotaGb\n      services {\n        pop\n        imap\n        smtp\n        webmail\n      }\n      allowedIps\n      catchAll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains($first: Int, $after: String, $filter: DomainFilter, $orderBy: DomainOrder) {\n    domains(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Domains($first: Int, $after: String, $filter: DomainFilter, $orderBy: DomainOrder) {\n    domains(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DomainRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainRow\n      ...DomainSettingsFields\n      customer {\n        id\n        name\n        trialEndsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Domain($id: ID!) {\n    domain(id: $id) {\n      ...DomainRow\n      ...DomainSettingsFields\n      customer {\n        id\n        name\n        trialEndsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostmasterDomain {\n    domains(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostmasterDomain {\n    domains(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainCustomers($search: String) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainCustomers($search: String) {\n    customers(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainProfiles {\n    domainProfiles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          maxMailboxes\n          maxQuotaGb\n          defaultQuotaGb\n          services {\n            pop\n            imap\n            smtp\n            webmail\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainProfiles {\n    domainProfiles(first: 100) {\n      edges {\n        node {\n          id\n          name\n          maxMailboxes\n          maxQuotaGb\n          defaultQuotaGb\n          services {\n            pop\n            imap\n            smtp\n            webmail\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      ...DomainRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDomain($input: CreateDomainInput!) {\n    createDomain(input: $input) {\n      ...DomainRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDomainSettings($id: ID!, $input: DomainSettingsInput!) {\n    updateDomainSettings(id: $id, input: $input) {\n      ...DomainRow\n      ...DomainSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDomainSettings($id: ID!, $input: DomainSettingsInput!) {\n    updateDomainSettings(id: $id, input: $input) {\n      ...DomainRow\n      ...DomainSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableDomain($id: ID!) {\n    disableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"): (typeof documents)["\n  mutation DisableDomain($id: ID!) {\n    disableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableDomain($id: ID!) {\n    enableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"): (typeof documents)["\n  mutation EnableDomain($id: ID!) {\n    enableDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendDomain($id: ID!) {\n    suspendDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendDomain($id: ID!) {\n    suspendDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateDomain($id: ID!) {\n    reactivateDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateDomain($id: ID!) {\n    reactivateDomain(id: $id) {\n      ...DomainRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDomain($id: ID!) {\n    deleteDomain(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainPostmasterMailbox($domainId: ID!) {\n    mailboxes(domainId: $domainId, first: 5, filter: { search: \"postmaster@\" }) {\n      edges {\n        node {\n          id\n          isPostmaster\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainPostmasterMailbox($domainId: ID!) {\n    mailboxes(domainId: $domainId, first: 5, filter: { search: \"postmaster@\" }) {\n      edges {\n        node {\n          id\n          isPostmaster\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainClientSettings($mailboxId: ID!) {\n    clientSettings(mailboxId: $mailboxId) {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainClientSettings($mailboxId: ID!) {\n    clientSettings(mailboxId: $mailboxId) {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailboxRow on Mailbox {\n    id\n    address\n    localPart\n    firstName\n    lastName\n    quotaMb\n    state\n    isPostmaster\n    forwards\n    keepCopy\n    services {\n      pop\n      imap\n      smtp\n      webmail\n    }\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MailboxRow on Mailbox {\n    id\n    address\n    localPart\n    firstName\n    lastName\n    quotaMb\n    state\n    isPostmaster\n    forwards\n    keepCopy\n    services {\n      pop\n      imap\n      smtp\n      webmail\n    }\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailboxDomain($id: ID!) {\n    domain(id: $id) {\n      id\n      mailboxCount\n      remainingMailboxes\n      settings {\n        maxQuotaGb\n        defaultQuotaGb\n        services {\n          pop\n          imap\n          smtp\n          webmail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailboxDomain($id: ID!) {\n    domain(id: $id) {\n      id\n      mailboxCount\n      remainingMailboxes\n      settings {\n        maxQuotaGb\n        defaultQuotaGb\n        services {\n          pop\n          imap\n          smtp\n          webmail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailboxes(\n    $domainId: ID!\n    $first: Int\n    $after: String\n    $filter: MailboxFilter\n    $orderBy: MailboxOrder\n  ) {\n    mailboxes(\n      domainId: $domainId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MailboxRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Mailboxes(\n    $domainId: ID!\n    $first: Int\n    $after: String\n    $filter: MailboxFilter\n    $orderBy: MailboxOrder\n  ) {\n    mailboxes(\n      domainId: $domainId\n      first: $first\n      after: $after\n      filter: $filter\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...MailboxRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMailbox($input: CreateMailboxInput!) {\n    createMailbox(input: $input) {\n      ...MailboxRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {\n    updateMailbox(id: $id, input: $input) {\n      ...MailboxRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMailbox($id: ID!) {\n    deleteMailbox(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MxCheckFields on DomainMxCheck {\n    status\n    checkedAt\n    records {\n      priority\n      host\n    }\n    foreignHosts\n    nameMissing\n    expected {\n      priority\n      host\n    }\n  }\n"): (typeof documents)["\n  fragment MxCheckFields on DomainMxCheck {\n    status\n    checkedAt\n    records {\n      priority\n      host\n    }\n    foreignHosts\n    nameMissing\n    expected {\n      priority\n      host\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MxDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment MxDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MxDomain($id: ID!) {\n    domain(id: $id) {\n      ...MxDomain\n    }\n  }\n"): (typeof documents)["\n  query MxDomain($id: ID!) {\n    domain(id: $id) {\n      ...MxDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckDomainMx($id: ID!) {\n    checkDomainMx(id: $id) {\n      ...MxDomain\n    }\n  }\n"): (typeof documents)["\n  mutation CheckDomainMx($id: ID!) {\n    checkDomainMx(id: $id) {\n      ...MxDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MxDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n"): (typeof documents)["\n  fragment MxDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    mxCheck {\n      ...MxCheckFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MxDomainAliases($domainId: ID!, $first: Int) {\n    domainAliases(domainId: $domainId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...MxDomainAlias\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MxDomainAliases($domainId: ID!, $first: Int) {\n    domainAliases(domainId: $domainId, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...MxDomainAlias\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckDomainAliasMx($id: ID!) {\n    checkDomainAliasMx(id: $id) {\n      ...MxDomainAlias\n    }\n  }\n"): (typeof documents)["\n  mutation CheckDomainAliasMx($id: ID!) {\n    checkDomainAliasMx(id: $id) {\n      ...MxDomainAlias\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyMailboxFields on Mailbox {\n    id\n    address\n    firstName\n    lastName\n    quotaMb\n    forwards\n    keepCopy\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  fragment MyMailboxFields on Mailbox {\n    id\n    address\n    firstName\n    lastName\n    quotaMb\n    forwards\n    keepCopy\n    autoresponder {\n      enabled\n      subject\n      body\n      startsAt\n      endsAt\n    }\n    usage {\n      bytes\n      messages\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailbox {\n    myMailbox {\n      ...MyMailboxFields\n    }\n    clientSettings {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMailbox {\n    myMailbox {\n      ...MyMailboxFields\n    }\n    clientSettings {\n      login\n      imap {\n        host\n        port\n        security\n        enabled\n      }\n      pop {\n        host\n        port\n        security\n        enabled\n      }\n      smtp {\n        host\n        port\n        security\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyMailbox($input: UpdateMyMailboxInput!) {\n    updateMyMailbox(input: $input) {\n      ...MyMailboxFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyMailbox($input: UpdateMyMailboxInput!) {\n    updateMyMailbox(input: $input) {\n      ...MyMailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsFields on NotificationSettings {\n    quotaEmailEnabled\n    quotaEmailRecipients\n    quotaWebhookEnabled\n    mxEmailEnabled\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsFields on NotificationSettings {\n    quotaEmailEnabled\n    quotaEmailRecipients\n    quotaWebhookEnabled\n    mxEmailEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      ...NotificationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookCatalogue {\n    webhookCatalogue {\n      httpAllowed\n      eventTypes {\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookCatalogue {\n    webhookCatalogue {\n      httpAllowed\n      eventTypes {\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    createdAt\n    secretRotatedAt\n    lastAttemptAt\n    lastAttemptStatus\n    lastResponseCode\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    createdAt\n    secretRotatedAt\n    lastAttemptAt\n    lastAttemptStatus\n    lastResponseCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WebhookEndpointRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...WebhookEndpointRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointRow\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointSecret($id: ID!) {\n    webhookEndpointSecret(id: $id)\n  }\n"): (typeof documents)["\n  query WebhookEndpointSecret($id: ID!) {\n    webhookEndpointSecret(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryAttempts($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveryAttempts(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          attempt\n          status\n          responseCode\n          latencyMs\n          error\n          createdAt\n          deliveryStatus\n          nextAttemptAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveryAttempts($endpointId: ID!, $first: Int, $after: String) {\n    webhookDeliveryAttempts(endpointId: $endpointId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          messageId\n          eventType\n          attempt\n          status\n          responseCode\n          latencyMs\n          error\n          createdAt\n          deliveryStatus\n          nextAttemptAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      messageId\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      messageId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRow on Organisation {\n    id\n    name\n    kind\n    contactEmail\n    language\n    status\n    createdAt\n    customerCount\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationRow on Organisation {\n    id\n    name\n    kind\n    contactEmail\n    language\n    status\n    createdAt\n    customerCount\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resellers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    resellers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Resellers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    resellers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers(\n    $first: Int\n    $after: String\n    $filter: OrganisationFilter\n    $orderBy: OrganisationOrder\n  ) {\n    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OrganisationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendOrganisation($id: ID!) {\n    suspendOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Impersonate($organisationId: ID!) {\n    impersonate(organisationId: $organisationId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Impersonate($organisationId: ID!) {\n    impersonate(organisationId: $organisationId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResellerOptions {\n    resellers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResellerOptions {\n    resellers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopImpersonating {\n    stopImpersonating {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation StopImpersonating {\n    stopImpersonating {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    login\n    name\n    email\n    role\n    permissions\n    disabled\n    lastLoginAt\n    createdAt\n    grantedCustomers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    login\n    name\n    email\n    role\n    permissions\n    disabled\n    lastLoginAt\n    createdAt\n    grantedCustomers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {\n    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantableCustomers {\n    customers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GrantableCustomers {\n    customers(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationPanelFields on DomainVerification {\n    recordName\n    recordType\n    recordValue\n    lastCheckAt\n    lastSeen\n    lastError\n    nextCheckAt\n    emailAddresses\n    emailCodeSentTo\n    emailCodeExpiresAt\n  }\n"): (typeof documents)["\n  fragment VerificationPanelFields on DomainVerification {\n    recordName\n    recordType\n    recordValue\n    lastCheckAt\n    lastSeen\n    lastError\n    nextCheckAt\n    emailAddresses\n    emailCodeSentTo\n    emailCodeExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerifiableDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n"): (typeof documents)["\n  fragment VerifiableDomain on Domain {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerifiableDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n"): (typeof documents)["\n  fragment VerifiableDomainAlias on DomainAlias {\n    id\n    name\n    asciiName\n    state\n    verifiedAt\n    verifiedBy\n    verification {\n      ...VerificationPanelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationDomain($id: ID!) {\n    domain(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n"): (typeof documents)["\n  query VerificationDomain($id: ID!) {\n    domain(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationDomainAlias($id: ID!) {\n    domainAlias(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n"): (typeof documents)["\n  query VerificationDomainAlias($id: ID!) {\n    domainAlias(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckDomainVerification($id: ID!) {\n    checkDomainVerification(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n"): (typeof documents)["\n  mutation CheckDomainVerification($id: ID!) {\n    checkDomainVerification(id: $id) {\n      ...VerifiableDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckDomainAliasVerification($id: ID!) {\n    checkDomainAliasVerification(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n"): (typeof documents)["\n  mutation CheckDomainAliasVerification($id: ID!) {\n    checkDomainAliasVerification(id: $id) {\n      ...VerifiableDomainAlias\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendDomainVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomain\n    }\n  }\n"): (typeof documents)["\n  mutation SendDomainVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendDomainAliasVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainAliasVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomainAlias\n    }\n  }\n"): (typeof documents)["\n  mutation SendDomainAliasVerificationEmail($id: ID!, $mailbox: VerificationMailbox!) {\n    sendDomainAliasVerificationEmail(id: $id, mailbox: $mailbox) {\n      ...VerifiableDomainAlias\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDomainVerificationCode($id: ID!, $code: String!) {\n    confirmDomainVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomain\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmDomainVerificationCode($id: ID!, $code: String!) {\n    confirmDomainVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDomainAliasVerificationCode($id: ID!, $code: String!) {\n    confirmDomainAliasVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomainAlias\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmDomainAliasVerificationCode($id: ID!, $code: String!) {\n    confirmDomainAliasVerificationCode(id: $id, code: $code) {\n      ...VerifiableDomainAlias\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Branding($host: String!) {\n    branding(host: $host) {\n      host\n      title\n      logoUrl\n      faviconUrl\n      primaryColor\n      secondaryColor\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query Branding($host: String!) {\n    branding(host: $host) {\n      host\n      title\n      logoUrl\n      faviconUrl\n      primaryColor\n      secondaryColor\n      isDefault\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;