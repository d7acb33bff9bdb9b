/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** The first administrator login of a new organisation. */
export type AdminAccountInput = {
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** An address delivering to one or more destinations (free). */
export type Alias = {
  __typename?: 'Alias';
  address: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  destinations: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  localPart: Scalars['String']['output'];
};

export type AliasConnection = {
  __typename?: 'AliasConnection';
  edges: Array<AliasEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type AliasEdge = {
  __typename?: 'AliasEdge';
  cursor: Scalars['String']['output'];
  node: Alias;
};

/** A partner API token; its secret is shown only once, at creation. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** Login of the user the token acts as. */
  ownerLogin: Scalars['String']['output'];
  /** First characters of the token, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiTokenScope>;
};

export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  edges: Array<ApiTokenEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

export type ApiTokenScope =
  | 'READ'
  | 'WRITE';

/** One change made through the panel or the API. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Customer the actor was impersonating. */
  actingAsId?: Maybe<Scalars['ID']['output']>;
  actingAsLabel?: Maybe<Scalars['String']['output']>;
  /** What was done, e.g. `customer.create`. */
  action: Scalars['String']['output'];
  /** User who did it; null for the system. */
  actorId?: Maybe<Scalars['ID']['output']>;
  actorLabel: Scalars['String']['output'];
  /** Changed fields after the change. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** API token used, if any. */
  apiTokenId?: Maybe<Scalars['ID']['output']>;
  /** Changed fields before the change. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip: Scalars['String']['output'];
  objectId: Scalars['ID']['output'];
  objectLabel: Scalars['String']['output'];
  objectType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  objectId?: InputMaybe<Scalars['ID']['input']>;
  objectType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuthMethod =
  | 'API_TOKEN'
  | 'SESSION';

/** Out-of-office reply. */
export type Autoresponder = {
  __typename?: 'Autoresponder';
  body: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
};

export type AutoresponderInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  enabled: Scalars['Boolean']['input'];
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** How the panel looks on a host name; public, read before sign-in. */
export type Branding = {
  __typename?: 'Branding';
  faviconUrl?: Maybe<Scalars['String']['output']>;
  /** Host name the branding applies to; empty for the default. */
  host: Scalars['String']['output'];
  /** True for the neutral default, when no branding matches the host. */
  isDefault: Scalars['Boolean']['output'];
  /** Logo image URL (transparent PNG, 177×49). */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Main colour, #rrggbb. */
  primaryColor: Scalars['String']['output'];
  /** Accent colour, #rrggbb. */
  secondaryColor: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** Where an e-mail client connects for one protocol. */
export type ClientServer = {
  __typename?: 'ClientServer';
  /** False when the mailbox or its domain has this service off. */
  enabled: Scalars['Boolean']['output'];
  host: Scalars['String']['output'];
  port: Scalars['Int']['output'];
  /** TLS (implicit) or STARTTLS. */
  security: Scalars['String']['output'];
};

/** What to type into Thunderbird, Outlook or a phone. */
export type ClientSettings = {
  __typename?: 'ClientSettings';
  imap: ClientServer;
  /** The user name: the full address (never an alias). */
  login: Scalars['String']['output'];
  pop: ClientServer;
  smtp: ClientServer;
};

export type CreateAliasInput = {
  /** Local or external addresses. */
  destinations: Array<Scalars['String']['input']>;
  domainId: Scalars['ID']['input'];
  localPart: Scalars['String']['input'];
};

export type CreateApiTokenInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<ApiTokenScope>;
};

export type CreateCustomerInput = {
  admin: AdminAccountInput;
  contactEmail: Scalars['String']['input'];
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
  /** Platform only: the reseller the customer belongs to. */
  resellerId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDomainAliasInput = {
  allowWww?: InputMaybe<Scalars['Boolean']['input']>;
  /** The real domain it stands for. */
  domainId: Scalars['ID']['input'];
  /** May be internationalised (e.g. città.it). */
  name: Scalars['String']['input'];
};

export type CreateDomainInput = {
  /** Confirms that a www. prefix is intended. */
  allowWww?: InputMaybe<Scalars['Boolean']['input']>;
  /** Resellers and the platform: the customer it belongs to. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** What follows the @, without www. */
  name: Scalars['String']['input'];
  /** At least 8 characters with a letter and a digit. */
  postmasterPassword: Scalars['String']['input'];
};

export type CreateMailboxInput = {
  domainId: Scalars['ID']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  forwards?: InputMaybe<Array<Scalars['String']['input']>>;
  keepCopy?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** What comes before the @. */
  localPart: Scalars['String']['input'];
  /** At least 8 characters with a letter and a digit. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Instead of a password: a CRYPT-MD5 ($1$) or SHA512-CRYPT ($6$) hash. */
  passwordHash?: InputMaybe<Scalars['String']['input']>;
  /** Quota tier in GB: 1–8, 16 and 25 for resellers; 8 when unsaid. */
  quotaGb?: InputMaybe<Scalars['Int']['input']>;
  services?: InputMaybe<MailboxServicesInput>;
};

export type CreateResellerInput = {
  admin: AdminAccountInput;
  contactEmail: Scalars['String']['input'];
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  /** Managers only: the customers they act on. */
  grantedCustomerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Managers only: single domains they act on. */
  grantedDomainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  login: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Organisation of the new login; yours when unsaid. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  password: Scalars['String']['input'];
  permissions?: InputMaybe<Array<Permission>>;
  role: UserRole;
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Event types from `webhookCatalogue`. */
  eventTypes: Array<Scalars['String']['input']>;
  /** https:// (http:// on development servers only). */
  url: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send as `Authorization: Bearer <secret>`. Never shown again. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** Counts of what you can see. */
export type DashboardStats = {
  __typename?: 'DashboardStats';
  /** Active (not revoked, not expired) API tokens you manage. */
  activeApiTokens: Scalars['Int']['output'];
  customers: Scalars['Int']['output'];
  /** Domains you can see, in any state. */
  domains: Scalars['Int']['output'];
  /** ACTIVE domains whose MX records are WRONG or MISSING: mail that does not reach the platform. */
  domainsWithMxProblems: Scalars['Int']['output'];
  /** Mailboxes you can see, the postmasters aside. */
  mailboxes: Scalars['Int']['output'];
  /** Resellers (platform only; 0 for others). */
  resellers: Scalars['Int']['output'];
  /** Panel logins of your organisation. */
  users: Scalars['Int']['output'];
};

/** A real domain: the part after `@` its mailboxes live on. */
export type Domain = {
  __typename?: 'Domain';
  /** The name as DNS and mail servers see it (A-label). */
  asciiName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The customer that owns it. */
  customer?: Maybe<Organisation>;
  /** True while its customer (or the reseller above) is suspended: the mail platform then serves none of its domains, whatever their own state, until the customer is reactivated. */
  customerSuspended: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Mailboxes on the domain, the postmaster aside. */
  mailboxCount: Scalars['Int']['output'];
  /** Whether its MX records send the domain's mail to the platform. */
  mxCheck: DomainMxCheck;
  /** The name as people read it (Unicode). */
  name: Scalars['String']['output'];
  /** Mailboxes that can still be created here (domain and plan limits); null: no limit. */
  remainingMailboxes?: Maybe<Scalars['Int']['output']>;
  settings: DomainSettings;
  state: DomainState;
  verification: DomainVerification;
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verifiedBy?: Maybe<VerificationMethod>;
};

/** Another name of a domain; inherits its mailboxes, aliases and forwards. */
export type DomainAlias = {
  __typename?: 'DomainAlias';
  /** As DNS sees it (A-label). */
  asciiName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  domain?: Maybe<Domain>;
  id: Scalars['ID']['output'];
  /** Whether its MX records send the alias's mail to the platform. */
  mxCheck: DomainMxCheck;
  /** As people read it (Unicode). */
  name: Scalars['String']['output'];
  state: DomainState;
  verification: DomainVerification;
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verifiedBy?: Maybe<VerificationMethod>;
};

export type DomainAliasConnection = {
  __typename?: 'DomainAliasConnection';
  edges: Array<DomainAliasEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type DomainAliasEdge = {
  __typename?: 'DomainAliasEdge';
  cursor: Scalars['String']['output'];
  node: DomainAlias;
};

export type DomainConnection = {
  __typename?: 'DomainConnection';
  edges: Array<DomainEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type DomainEdge = {
  __typename?: 'DomainEdge';
  cursor: Scalars['String']['output'];
  node: Domain;
};

export type DomainFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only ACTIVE domains whose MX records are WRONG or MISSING; false: all the others. */
  mxProblem?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<DomainState>;
};

/** Whether mail for a domain or a domain alias reaches the platform: its MX records, checked daily. */
export type DomainMxCheck = {
  __typename?: 'DomainMxCheck';
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The problem in words, when there is one. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The MX records the name should publish: the platform's mail servers. */
  expected: Array<MxRecord>;
  /** Hosts among them that are not the platform's. */
  foreignHosts: Array<Scalars['String']['output']>;
  /** MISSING because the name does not exist in DNS at all (rather than having no MX record). */
  nameMissing: Scalars['Boolean']['output'];
  /** The MX records the last check saw. */
  records: Array<MxRecord>;
  status: MxStatus;
};

export type DomainOrder = {
  direction: SortDirection;
  field: DomainSortField;
};

/** A named preset of domain limits and services. */
export type DomainProfile = {
  __typename?: 'DomainProfile';
  defaultQuotaGb: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  maxMailboxes?: Maybe<Scalars['Int']['output']>;
  maxQuotaGb?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** True when it belongs to your organisation (you may edit it). */
  own: Scalars['Boolean']['output'];
  services: DomainServices;
};

export type DomainProfileConnection = {
  __typename?: 'DomainProfileConnection';
  edges: Array<DomainProfileEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type DomainProfileEdge = {
  __typename?: 'DomainProfileEdge';
  cursor: Scalars['String']['output'];
  node: DomainProfile;
};

export type DomainProfileInput = {
  defaultQuotaGb?: InputMaybe<Scalars['Int']['input']>;
  maxMailboxes?: InputMaybe<Scalars['Int']['input']>;
  maxQuotaGb?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  services?: InputMaybe<DomainServicesInput>;
};

export type DomainServices = {
  __typename?: 'DomainServices';
  imap: Scalars['Boolean']['output'];
  pop: Scalars['Boolean']['output'];
  smtp: Scalars['Boolean']['output'];
  webmail: Scalars['Boolean']['output'];
};

export type DomainServicesInput = {
  imap?: InputMaybe<Scalars['Boolean']['input']>;
  pop?: InputMaybe<Scalars['Boolean']['input']>;
  smtp?: InputMaybe<Scalars['Boolean']['input']>;
  webmail?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Advanced settings of a domain. */
export type DomainSettings = {
  __typename?: 'DomainSettings';
  /** Up to 5 addresses or networks allowed to use POP/IMAP/SMTP; empty: all. */
  allowedIps: Array<Scalars['String']['output']>;
  /** Destination of mail to non-existent addresses. */
  catchAll?: Maybe<Scalars['String']['output']>;
  defaultQuotaGb: Scalars['Int']['output'];
  /** Set by the provider; null: only the plan limits apply. */
  maxMailboxes?: Maybe<Scalars['Int']['output']>;
  /** Highest quota tier in GB; set by the provider. */
  maxQuotaGb?: Maybe<Scalars['Int']['output']>;
  /** The profile last applied. */
  profileId?: Maybe<Scalars['ID']['output']>;
  /** Services on or off for all the domain's users. */
  services: DomainServices;
};

export type DomainSettingsInput = {
  allowedIps?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An address; empty or null turns catch-all off. */
  catchAll?: InputMaybe<Scalars['String']['input']>;
  defaultQuotaGb?: InputMaybe<Scalars['Int']['input']>;
  maxMailboxes?: InputMaybe<Scalars['Int']['input']>;
  maxQuotaGb?: InputMaybe<Scalars['Int']['input']>;
  /** Applies a domain profile (its values are copied). */
  profileId?: InputMaybe<Scalars['ID']['input']>;
  services?: InputMaybe<DomainServicesInput>;
};

export type DomainSortField =
  | 'CREATED_AT'
  | 'NAME';

/** Life cycle: UPDATING → AWAITING_VERIFICATION → ACTIVE; DISABLED by the customer (`disableDomain`), SUSPENDED by the provider for billing (`suspendDomain`), ERROR. Only ACTIVE domains send, receive and sign in. */
export type DomainState =
  | 'ACTIVE'
  | 'AWAITING_VERIFICATION'
  | 'DISABLED'
  | 'ERROR'
  | 'SUSPENDED'
  | 'UPDATING';

/** How to prove ownership, and what the last check saw. */
export type DomainVerification = {
  __typename?: 'DomainVerification';
  /** Addresses a code can be sent to. */
  emailAddresses: Array<Scalars['String']['output']>;
  emailCodeExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  emailCodeSentTo?: Maybe<Scalars['String']['output']>;
  lastCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last check could not conclude. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** A records the last check saw. */
  lastSeen: Array<Scalars['String']['output']>;
  /** When the next automatic check runs. */
  nextCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** Full name of the A record to create, e.g. `d123456789.example.com`. */
  recordName: Scalars['String']['output'];
  recordType: Scalars['String']['output'];
  /** The address the record must point at. */
  recordValue: Scalars['String']['output'];
};

export type Impersonation = {
  __typename?: 'Impersonation';
  /** The customer being acted as. */
  organisation: Organisation;
  startedAt: Scalars['DateTime']['output'];
};

/** Language of notices and of the panel. */
export type Language =
  | 'en'
  | 'it';

export type LoginInput = {
  /** Mailbox owners and postmasters: the domain, when login is the user part. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Your login name, or your e-mail address (or its user part, with domain). */
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Send it back as the x-csrf-token header (also in the casella_csrf cookie). */
  csrfToken: Scalars['String']['output'];
  viewer: Viewer;
};

/** A hosted mailbox. Its password never leaves the server, in any form. */
export type Mailbox = {
  __typename?: 'Mailbox';
  /** The address as people read it (Unicode domain). */
  address: Scalars['String']['output'];
  autoresponder: Autoresponder;
  createdAt: Scalars['DateTime']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  forwards: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The domain's postmaster@ service mailbox (50 MB, cannot be deleted). */
  isPostmaster: Scalars['Boolean']['output'];
  /** With forwards: keep a copy in this mailbox too. */
  keepCopy: Scalars['Boolean']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  localPart: Scalars['String']['output'];
  /** Most messages the mailbox may hold: abuse protection that ordinary use never reaches; the mail platform refuses more. */
  maxMessages: Scalars['Int']['output'];
  quotaMb: Scalars['Int']['output'];
  services: MailboxServices;
  state: MailboxState;
  /** Storage and messages as the mail platform last reported them; null until it has. */
  usage?: Maybe<MailboxUsage>;
};

export type MailboxConnection = {
  __typename?: 'MailboxConnection';
  edges: Array<MailboxEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type MailboxEdge = {
  __typename?: 'MailboxEdge';
  cursor: Scalars['String']['output'];
  node: Mailbox;
};

export type MailboxFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<MailboxState>;
};

export type MailboxOrder = {
  direction: SortDirection;
  field: MailboxSortField;
};

/** Which client protocols this mailbox may use. */
export type MailboxServices = {
  __typename?: 'MailboxServices';
  imap: Scalars['Boolean']['output'];
  pop: Scalars['Boolean']['output'];
  smtp: Scalars['Boolean']['output'];
  webmail: Scalars['Boolean']['output'];
};

export type MailboxServicesInput = {
  imap?: InputMaybe<Scalars['Boolean']['input']>;
  pop?: InputMaybe<Scalars['Boolean']['input']>;
  smtp?: InputMaybe<Scalars['Boolean']['input']>;
  webmail?: InputMaybe<Scalars['Boolean']['input']>;
};

export type MailboxSortField =
  | 'ADDRESS'
  | 'CREATED_AT';

/** BLOCKED: created past plan limits; SUSPENDED: billing. */
export type MailboxState =
  | 'ACTIVE'
  | 'BLOCKED'
  | 'DISABLED'
  | 'SUSPENDED';

/** What the mail platform (Dovecot) last reported for a mailbox. */
export type MailboxUsage = {
  __typename?: 'MailboxUsage';
  /** Bytes stored (a whole number). */
  bytes: Scalars['Float']['output'];
  messages: Scalars['Int']['output'];
  /** When Dovecot reported these figures. */
  reportedAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Changes your panel password; other sessions are signed out. */
  changePassword: Scalars['Boolean']['output'];
  /** "Check now": looks up the MX records of a domain alias at once. */
  checkDomainAliasMx: DomainAlias;
  checkDomainAliasVerification: DomainAlias;
  /** "Check now": looks up the MX records of a domain at once. */
  checkDomainMx: Domain;
  /** "Check now": looks up the verification record at once. */
  checkDomainVerification: Domain;
  confirmDomainAliasVerificationCode: DomainAlias;
  /** Activates the domain with the code received by e-mail. */
  confirmDomainVerificationCode: Domain;
  createAlias: Alias;
  createApiToken: CreatedApiToken;
  createCustomer: Organisation;
  /** Adds a domain; it then awaits ownership verification. */
  createDomain: Domain;
  /** Adds another name for a domain; it then awaits verification. */
  createDomainAlias: DomainAlias;
  createDomainProfile: DomainProfile;
  /** Creates a mailbox on an active domain. */
  createMailbox: Mailbox;
  createReseller: Organisation;
  createUser: User;
  /** Adds an endpoint with a new signing secret. */
  createWebhookEndpoint: WebhookEndpoint;
  /** Deletes an alias; returns its ID. */
  deleteAlias: Scalars['ID']['output'];
  /** Deletes a domain; returns its ID. */
  deleteDomain: Scalars['ID']['output'];
  /** Deletes a domain alias; returns its ID. */
  deleteDomainAlias: Scalars['ID']['output'];
  /** Deletes a profile; domains keep the values it gave them. */
  deleteDomainProfile: Scalars['ID']['output'];
  /** Deletes a mailbox (not the postmaster); returns its ID. */
  deleteMailbox: Scalars['ID']['output'];
  /** Deletes a customer, or a reseller without customers; returns its ID. */
  deleteOrganisation: Scalars['ID']['output'];
  /** Deletes a login; returns its ID. */
  deleteUser: Scalars['ID']['output'];
  /** Deletes an endpoint and its delivery log. */
  deleteWebhookEndpoint: Scalars['ID']['output'];
  /** Turns a domain off (DOMAINS_EDIT): its mailboxes cannot sign in and its mail is refused until it is enabled again. Already disabled: nothing changes. */
  disableDomain: Domain;
  /** Turns a disabled domain back on (DOMAINS_EDIT): ACTIVE if its ownership was verified, otherwise AWAITING_VERIFICATION. CONFLICT while it is suspended: only the provider lifts that. */
  enableDomain: Domain;
  /** Act as one of your customers; audited and shown in `me`. */
  impersonate: Viewer;
  /** Signs in and sets the session cookie. */
  login: LoginPayload;
  /** Ends the session and clears its cookies. */
  logout: Scalars['Boolean']['output'];
  /** Lifts a suspension (CUSTOMERS_MANAGE): the domain returns to the state it was suspended in; one the customer had disabled stays disabled, and only a verified one becomes ACTIVE. */
  reactivateDomain: Domain;
  reactivateOrganisation: Organisation;
  /** Revokes a token at once; revoking twice is harmless. */
  revokeApiToken: ApiToken;
  /** Replaces the signing secret at once. */
  rotateWebhookEndpointSecret: RotatedWebhookSecret;
  sendDomainAliasVerificationEmail: DomainAlias;
  /** Sends a verification code to a role address of the domain. */
  sendDomainVerificationEmail: Domain;
  /** Sends a `webhook.test` event to this endpoint, subscribed to it or not. */
  sendTestWebhookEvent: SentWebhookEvent;
  /** Sets plan limits (domains, mailboxes, trial) of a reseller or customer below you. */
  setOrganisationLimits: Organisation;
  stopImpersonating: Viewer;
  /** Billing: suspends a domain of a customer you serve (resellers and the platform, CUSTOMERS_MANAGE). Its mail stops as when disabled, and the customer cannot lift it. */
  suspendDomain: Domain;
  /** Suspends a reseller or customer: its users are signed out and cannot sign in. */
  suspendOrganisation: Organisation;
  /** Replaces the destinations of an alias. */
  updateAlias: Alias;
  updateDomainProfile: DomainProfile;
  /** Changes the advanced settings of a domain. */
  updateDomainSettings: Domain;
  updateMailbox: Mailbox;
  /** Mailbox owners: change your password, forwards and autoresponder. */
  updateMyMailbox: Mailbox;
  updateNotificationSettings: NotificationSettings;
  updateOrganisation: Organisation;
  updateUser: User;
  /** Changes the fields given; `enabled: false` stops deliveries. */
  updateWebhookEndpoint: WebhookEndpoint;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckDomainAliasMxArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckDomainAliasVerificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckDomainMxArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCheckDomainVerificationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmDomainAliasVerificationCodeArgs = {
  code: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationConfirmDomainVerificationCodeArgs = {
  code: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateAliasArgs = {
  input: CreateAliasInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateDomainArgs = {
  input: CreateDomainInput;
};


export type MutationCreateDomainAliasArgs = {
  input: CreateDomainAliasInput;
};


export type MutationCreateDomainProfileArgs = {
  input: DomainProfileInput;
};


export type MutationCreateMailboxArgs = {
  input: CreateMailboxInput;
};


export type MutationCreateResellerArgs = {
  input: CreateResellerInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteAliasArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDomainAliasArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDomainProfileArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMailboxArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImpersonateArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationReactivateDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactivateOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookEndpointSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendDomainAliasVerificationEmailArgs = {
  id: Scalars['ID']['input'];
  mailbox: VerificationMailbox;
};


export type MutationSendDomainVerificationEmailArgs = {
  id: Scalars['ID']['input'];
  mailbox: VerificationMailbox;
};


export type MutationSendTestWebhookEventArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSetOrganisationLimitsArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationLimitsInput;
};


export type MutationSuspendDomainArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAliasArgs = {
  destinations: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateDomainProfileArgs = {
  id: Scalars['ID']['input'];
  input: DomainProfileInput;
};


export type MutationUpdateDomainSettingsArgs = {
  id: Scalars['ID']['input'];
  input: DomainSettingsInput;
};


export type MutationUpdateMailboxArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMailboxInput;
};


export type MutationUpdateMyMailboxArgs = {
  input: UpdateMyMailboxInput;
};


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};


export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};

export type MxRecord = {
  __typename?: 'MxRecord';
  /** Mail server host name; `.` is a null MX (no mail). */
  host: Scalars['String']['output'];
  /** Lower is tried first. */
  priority: Scalars['Int']['output'];
};

/** What the last MX check found: OK (every MX record points at the platform), WRONG (some point elsewhere), MISSING (none, or the name does not exist), LOOKUP_FAILED (the DNS did not answer), UNKNOWN (not checked yet). WRONG and MISSING are the customer's to fix. */
export type MxStatus =
  | 'LOOKUP_FAILED'
  | 'MISSING'
  | 'OK'
  | 'UNKNOWN'
  | 'WRONG';

/** How the customer hears of its mailboxes' quotas (above 80 %, above 95 %, back below 75 %) and of its domains' MX problems. */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** An active domain's MX problem, and its fix, are e-mailed to the customer's contact address (on by default). */
  mxEmailEnabled: Scalars['Boolean']['output'];
  quotaEmailEnabled: Scalars['Boolean']['output'];
  quotaEmailRecipients: Array<Scalars['String']['output']>;
  /** Quota events go to the webhook endpoints subscribed to them. */
  quotaWebhookEnabled: Scalars['Boolean']['output'];
};

export type NotificationSettingsInput = {
  /** Left out: unchanged. */
  mxEmailEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  quotaEmailEnabled: Scalars['Boolean']['input'];
  quotaEmailRecipients: Array<Scalars['String']['input']>;
  quotaWebhookEnabled: Scalars['Boolean']['input'];
};

/** The platform, a reseller or a customer. */
export type Organisation = {
  __typename?: 'Organisation';
  contactEmail: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Number of customers below this organisation that you can see. */
  customerCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  language: Language;
  /** Plan limit on domains (for a reseller: its whole pool); null is unlimited. */
  maxDomains?: Maybe<Scalars['Int']['output']>;
  /** Plan limit on mailboxes, postmasters aside; null is unlimited. */
  maxMailboxes?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** The parent, when you can see it. */
  parent?: Maybe<Organisation>;
  status: OrganisationStatus;
  /** End of the free trial, while it runs. */
  trialEndsAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationFilter = {
  /** Customers of this reseller only. */
  resellerId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name or contact e-mail. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganisationStatus>;
};

/** Level in the tenant hierarchy. */
export type OrganisationKind =
  | 'CUSTOMER'
  | 'PLATFORM'
  | 'RESELLER';

/** Plan limits a parent sets; null removes a limit. */
export type OrganisationLimitsInput = {
  maxDomains?: InputMaybe<Scalars['Int']['input']>;
  maxMailboxes?: InputMaybe<Scalars['Int']['input']>;
  trialEndsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type OrganisationOrder = {
  direction: SortDirection;
  field: OrganisationSortField;
};

export type OrganisationSortField =
  | 'CREATED_AT'
  | 'NAME';

export type OrganisationStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A permission toggle of a team member. */
export type Permission =
  | 'API_ACCESS'
  | 'CUSTOMERS_MANAGE'
  | 'DOMAINS_ADD'
  | 'DOMAINS_DELETE'
  | 'DOMAINS_EDIT'
  | 'IMPORTS_MIGRATIONS'
  | 'LOGS_VIEW'
  | 'MAILBOXES_ADD'
  | 'MAILBOXES_DELETE'
  | 'MAILBOXES_EDIT'
  | 'MANAGERS_MANAGE'
  | 'PASSWORDS_CHANGE'
  | 'TEAM_MANAGE';

/** Panel users sign in with a login name; postmasters and mailbox owners with their address. */
export type PrincipalKind =
  | 'MAILBOX'
  | 'PANEL_USER'
  | 'POSTMASTER';

export type Query = {
  __typename?: 'Query';
  alias: Alias;
  /** Aliases of a domain. */
  aliases: AliasConnection;
  /** Your API tokens (administrators: all of the organisation's). */
  apiTokens: ApiTokenConnection;
  /** Changes within your scope, newest first (LOGS_VIEW). */
  auditLog: AuditEntryConnection;
  /** Public: the branding of a host name (the neutral default when none). */
  branding: Branding;
  /** Client parameters of a mailbox; mailbox owners omit the ID. */
  clientSettings: ClientSettings;
  /** Customers below you (for a platform: direct and resellers' customers). */
  customers: OrganisationConnection;
  dashboardStats: DashboardStats;
  domain: Domain;
  domainAlias: DomainAlias;
  /** Aliases of a domain. */
  domainAliases: DomainAliasConnection;
  /** Profiles you may apply: yours and those of the organisations above you. */
  domainProfiles: DomainProfileConnection;
  /** Domains you can see. */
  domains: DomainConnection;
  mailbox: Mailbox;
  /** Mailboxes of a domain. */
  mailboxes: MailboxConnection;
  /** Who you are; UNAUTHENTICATED when signed out. */
  me: Viewer;
  /** Mailbox owners and postmasters: your own mailbox. */
  myMailbox: Mailbox;
  /** Notification settings of the customer you act as. */
  notificationSettings: NotificationSettings;
  /** An organisation you can see. */
  organisation: Organisation;
  /** Resellers (platform only). */
  resellers: OrganisationConnection;
  user: User;
  /** Logins of your organisation (or of a customer below you). */
  users: UserConnection;
  /** The event types endpoints may subscribe to (README "Webhooks"). */
  webhookCatalogue: WebhookCatalogue;
  /** The endpoint's delivery log, newest attempt first. */
  webhookDeliveryAttempts: WebhookDeliveryAttemptConnection;
  webhookEndpoint: WebhookEndpoint;
  /** The endpoint's `whsec_…` signing secret (for those who may edit it). */
  webhookEndpointSecret: Scalars['String']['output'];
  /** Webhook endpoints of the customer you act as. */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryAliasArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  domainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBrandingArgs = {
  host: Scalars['String']['input'];
};


export type QueryClientSettingsArgs = {
  mailboxId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganisationOrder>;
};


export type QueryDomainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDomainAliasArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDomainAliasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  domainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDomainProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DomainOrder>;
};


export type QueryMailboxArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMailboxesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  domainId: Scalars['ID']['input'];
  filter?: InputMaybe<MailboxFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MailboxOrder>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResellersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganisationOrder>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UserOrder>;
};


export type QueryWebhookDeliveryAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointSecretArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RotatedWebhookSecret = {
  __typename?: 'RotatedWebhookSecret';
  endpoint: WebhookEndpoint;
  /** The new `whsec_…` secret; the old one no longer signs. */
  secret: Scalars['String']['output'];
};

export type SentWebhookEvent = {
  __typename?: 'SentWebhookEvent';
  eventType: Scalars['String']['output'];
  /** The `webhook-id` header the receiver will see. */
  messageId: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Subscription = {
  __typename?: 'Subscription';
  /** Live audit entries within your scope (LOGS_VIEW). */
  auditEntryAdded: AuditEntry;
};

export type UpdateMailboxInput = {
  autoresponder?: InputMaybe<AutoresponderInput>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  forwards?: InputMaybe<Array<Scalars['String']['input']>>;
  keepCopy?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  quotaGb?: InputMaybe<Scalars['Int']['input']>;
  services?: InputMaybe<MailboxServicesInput>;
  /** ACTIVE or DISABLED. */
  state?: InputMaybe<MailboxState>;
};

export type UpdateMyMailboxInput = {
  autoresponder?: InputMaybe<AutoresponderInput>;
  /** Needed to set a new password. */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  forwards?: InputMaybe<Array<Scalars['String']['input']>>;
  keepCopy?: InputMaybe<Scalars['Boolean']['input']>;
  newPassword?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganisationInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Language>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  grantedCustomerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Managers only: single domains they act on. */
  grantedDomainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sets a new password; the user is signed out everywhere. */
  password?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Permission>>;
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A panel login: administrator, team member or manager. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  /** Managers: the customers they act on. */
  grantedCustomers: Array<Organisation>;
  /** Managers: the single domains they act on (that you can see). */
  grantedDomains: Array<Domain>;
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  login: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisation?: Maybe<Organisation>;
  /** Toggles of a team member or manager; administrators hold all. */
  permissions: Array<Permission>;
  role: UserRole;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  /** Users of this organisation; yours when unsaid. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<UserRole>;
  /** Matches login, name or e-mail. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type UserOrder = {
  direction: SortDirection;
  field: UserSortField;
};

export type UserRole =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER';

export type UserSortField =
  | 'CREATED_AT'
  | 'LOGIN'
  | 'NAME';

/** Role address a verification code can be sent to. */
export type VerificationMailbox =
  | 'HOSTMASTER'
  | 'INFO'
  | 'POSTMASTER'
  | 'WEBMASTER';

export type VerificationMethod =
  | 'DNS'
  | 'EMAIL';

/** Who you are signed in as, and what you may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The organisation you act for: yours, or the customer you impersonate. */
  actingAs: Organisation;
  authenticatedBy: AuthMethod;
  /** Your user ID (the mailbox ID for postmasters and mailbox owners). */
  id: Scalars['ID']['output'];
  impersonation?: Maybe<Impersonation>;
  kind: PrincipalKind;
  login: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The organisation your login belongs to. */
  organisation: Organisation;
  /** What you may do now (narrowed while impersonating). */
  permissions: Array<Permission>;
  role: UserRole;
  /** Scopes of the API token in use; both for a session. */
  scopes: Array<ApiTokenScope>;
};

/** SUCCEEDED: the receiver answered 2xx; FAILED: anything else, or no answer. */
export type WebhookAttemptStatus =
  | 'FAILED'
  | 'SUCCEEDED';

/** What endpoints may subscribe to, and URL rules. */
export type WebhookCatalogue = {
  __typename?: 'WebhookCatalogue';
  eventTypes: Array<WebhookEventTypeInfo>;
  /** True when plain http:// URLs are accepted (development servers only). */
  httpAllowed: Scalars['Boolean']['output'];
};

/** One HTTP request of one event to one endpoint: a line of the delivery log. */
export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  /** 1 for the first try. */
  attempt: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Where the event stands now. */
  deliveryStatus: WebhookDeliveryStatus;
  error?: Maybe<Scalars['String']['output']>;
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  latencyMs: Scalars['Int']['output'];
  /** The `webhook-id` header: the same on every attempt. */
  messageId: Scalars['String']['output'];
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null when no answer came. */
  responseCode?: Maybe<Scalars['Int']['output']>;
  status: WebhookAttemptStatus;
};

export type WebhookDeliveryAttemptConnection = {
  __typename?: 'WebhookDeliveryAttemptConnection';
  edges: Array<WebhookDeliveryAttemptEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryAttemptEdge = {
  __typename?: 'WebhookDeliveryAttemptEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDeliveryAttempt;
};

/** PENDING: will be tried again at nextAttemptAt; SUCCEEDED; FAILED: gave up; CANCELLED: the endpoint was disabled. */
export type WebhookDeliveryStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** MANUAL: switched off by a person; GONE: the receiver answered 410 Gone. */
export type WebhookDisabledReason =
  | 'GONE'
  | 'MANUAL';

/** A URL that receives the events it subscribed to (Standard Webhooks). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  disabledReason?: Maybe<WebhookDisabledReason>;
  enabled: Scalars['Boolean']['output'];
  /** Event types from `webhookCatalogue`. */
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastAttemptStatus?: Maybe<WebhookAttemptStatus>;
  lastResponseCode?: Maybe<Scalars['Int']['output']>;
  /** When the current signing secret was made. */
  secretRotatedAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
  /** Total number of nodes matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

export type WebhookEventTypeInfo = {
  __typename?: 'WebhookEventTypeInfo';
  description: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type AliasRowFragment = { __typename?: 'Alias', id: string, address: string, localPart: string, destinations: Array<string> };

export type AliasesQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AliasesQuery = { __typename?: 'Query', aliases: { __typename?: 'AliasConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AliasEdge', node: { __typename?: 'Alias', id: string, address: string, localPart: string, destinations: Array<string> } }> } };

export type CreateAliasMutationVariables = Exact<{
  input: CreateAliasInput;
}>;


export type CreateAliasMutation = { __typename?: 'Mutation', createAlias: { __typename?: 'Alias', id: string, address: string, localPart: string, destinations: Array<string> } };

export type UpdateAliasMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  destinations: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type UpdateAliasMutation = { __typename?: 'Mutation', updateAlias: { __typename?: 'Alias', id: string, address: string, localPart: string, destinations: Array<string> } };

export type DeleteAliasMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAliasMutation = { __typename?: 'Mutation', deleteAlias: string };

export type ApiTokenRowFragment = { __typename?: 'ApiToken', id: string, name: string, prefix: string, ownerLogin: string, scopes: Array<ApiTokenScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null };

export type ApiTokensQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: { __typename?: 'ApiTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'ApiTokenEdge', node: { __typename?: 'ApiToken', id: string, name: string, prefix: string, ownerLogin: string, scopes: Array<ApiTokenScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { __typename?: 'Mutation', createApiToken: { __typename?: 'CreatedApiToken', secret: string, token: { __typename?: 'ApiToken', id: string, name: string, prefix: string, ownerLogin: string, scopes: Array<ApiTokenScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, name: string, prefix: string, ownerLogin: string, scopes: Array<ApiTokenScope>, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null } };

export type AuditEntryRowFragment = { __typename?: 'AuditEntry', id: string, createdAt: string, action: string, actorId?: string | null, actorLabel: string, actingAsId?: string | null, actingAsLabel?: string | null, objectType: string, objectId: string, objectLabel: string, ip: string };

export type AuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, createdAt: string, action: string, actorId?: string | null, actorLabel: string, actingAsId?: string | null, actingAsLabel?: string | null, objectType: string, objectId: string, objectLabel: string, ip: string } }> } };

export type AuditEntryAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuditEntryAddedSubscription = { __typename?: 'Subscription', auditEntryAdded: { __typename?: 'AuditEntry', id: string } };

export type ViewerFieldsFragment = { __typename?: 'Viewer', id: string, kind: PrincipalKind, login: string, name: string, role: UserRole, permissions: Array<Permission>, authenticatedBy: AuthMethod, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, actingAs: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, impersonation?: { __typename?: 'Impersonation', startedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', id: string, kind: PrincipalKind, login: string, name: string, role: UserRole, permissions: Array<Permission>, authenticatedBy: AuthMethod, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, actingAs: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, impersonation?: { __typename?: 'Impersonation', startedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } } | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', csrfToken: string, viewer: { __typename?: 'Viewer', id: string, kind: PrincipalKind, login: string, name: string, role: UserRole, permissions: Array<Permission>, authenticatedBy: AuthMethod, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, actingAs: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, impersonation?: { __typename?: 'Impersonation', startedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type DashboardStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardStatsQuery = { __typename?: 'Query', dashboardStats: { __typename?: 'DashboardStats', resellers: number, customers: number, domains: number, mailboxes: number, users: number, activeApiTokens: number, domainsWithMxProblems: number } };

export type DomainAliasRowFragment = { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } };

export type DomainAliasesQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DomainAliasesQuery = { __typename?: 'Query', domainAliases: { __typename?: 'DomainAliasConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'DomainAliasEdge', node: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } }> } };

export type CreateDomainAliasMutationVariables = Exact<{
  input: CreateDomainAliasInput;
}>;


export type CreateDomainAliasMutation = { __typename?: 'Mutation', createDomainAlias: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } };

export type DeleteDomainAliasMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDomainAliasMutation = { __typename?: 'Mutation', deleteDomainAlias: string };

export type DomainRowFragment = { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } };

export type DomainSettingsFieldsFragment = { __typename?: 'Domain', id: string, settings: { __typename?: 'DomainSettings', profileId?: string | null, maxMailboxes?: number | null, maxQuotaGb?: number | null, defaultQuotaGb: number, allowedIps: Array<string>, catchAll?: string | null, services: { __typename?: 'DomainServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean } } };

export type DomainsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainFilter>;
  orderBy?: InputMaybe<DomainOrder>;
}>;


export type DomainsQuery = { __typename?: 'Query', domains: { __typename?: 'DomainConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'DomainEdge', node: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } }> } };

export type DomainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DomainQuery = { __typename?: 'Query', domain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string, trialEndsAt?: string | null } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null }, settings: { __typename?: 'DomainSettings', profileId?: string | null, maxMailboxes?: number | null, maxQuotaGb?: number | null, defaultQuotaGb: number, allowedIps: Array<string>, catchAll?: string | null, services: { __typename?: 'DomainServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean } } } };

export type PostmasterDomainQueryVariables = Exact<{ [key: string]: never; }>;


export type PostmasterDomainQuery = { __typename?: 'Query', domains: { __typename?: 'DomainConnection', edges: Array<{ __typename?: 'DomainEdge', node: { __typename?: 'Domain', id: string } }> } };

export type DomainCustomersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DomainCustomersQuery = { __typename?: 'Query', customers: { __typename?: 'OrganisationConnection', edges: Array<{ __typename?: 'OrganisationEdge', node: { __typename?: 'Organisation', id: string, name: string } }> } };

export type DomainProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type DomainProfilesQuery = { __typename?: 'Query', domainProfiles: { __typename?: 'DomainProfileConnection', edges: Array<{ __typename?: 'DomainProfileEdge', node: { __typename?: 'DomainProfile', id: string, name: string, maxMailboxes?: number | null, maxQuotaGb?: number | null, defaultQuotaGb: number, services: { __typename?: 'DomainServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean } } }> } };

export type CreateDomainMutationVariables = Exact<{
  input: CreateDomainInput;
}>;


export type CreateDomainMutation = { __typename?: 'Mutation', createDomain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } };

export type UpdateDomainSettingsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DomainSettingsInput;
}>;


export type UpdateDomainSettingsMutation = { __typename?: 'Mutation', updateDomainSettings: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null }, settings: { __typename?: 'DomainSettings', profileId?: string | null, maxMailboxes?: number | null, maxQuotaGb?: number | null, defaultQuotaGb: number, allowedIps: Array<string>, catchAll?: string | null, services: { __typename?: 'DomainServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean } } } };

export type DisableDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableDomainMutation = { __typename?: 'Mutation', disableDomain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } };

export type EnableDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnableDomainMutation = { __typename?: 'Mutation', enableDomain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } };

export type SuspendDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SuspendDomainMutation = { __typename?: 'Mutation', suspendDomain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } };

export type ReactivateDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateDomainMutation = { __typename?: 'Mutation', reactivateDomain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedBy?: VerificationMethod | null, verifiedAt?: string | null, mailboxCount: number, remainingMailboxes?: number | null, createdAt: string, customerSuspended: boolean, customer?: { __typename?: 'Organisation', id: string, name: string } | null, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null } } };

export type DeleteDomainMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteDomainMutation = { __typename?: 'Mutation', deleteDomain: string };

export type DomainPostmasterMailboxQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
}>;


export type DomainPostmasterMailboxQuery = { __typename?: 'Query', mailboxes: { __typename?: 'MailboxConnection', edges: Array<{ __typename?: 'MailboxEdge', node: { __typename?: 'Mailbox', id: string, isPostmaster: boolean } }> } };

export type DomainClientSettingsQueryVariables = Exact<{
  mailboxId: Scalars['ID']['input'];
}>;


export type DomainClientSettingsQuery = { __typename?: 'Query', clientSettings: { __typename?: 'ClientSettings', login: string, imap: { __typename?: 'ClientServer', host: string, port: number, security: string, enabled: boolean }, pop: { __typename?: 'ClientServer', host: string, port: number, security: string, enabled: boolean }, smtp: { __typename?: 'ClientServer', host: string, port: number, security: string, enabled: boolean } } };

export type MailboxRowFragment = { __typename?: 'Mailbox', id: string, address: string, localPart: string, firstName?: string | null, lastName?: string | null, quotaMb: number, state: MailboxState, isPostmaster: boolean, forwards: Array<string>, keepCopy: boolean, services: { __typename?: 'MailboxServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean }, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null };

export type MailboxDomainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MailboxDomainQuery = { __typename?: 'Query', domain: { __typename?: 'Domain', id: string, mailboxCount: number, remainingMailboxes?: number | null, settings: { __typename?: 'DomainSettings', maxQuotaGb?: number | null, defaultQuotaGb: number, services: { __typename?: 'DomainServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean } } } };

export type MailboxesQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MailboxFilter>;
  orderBy?: InputMaybe<MailboxOrder>;
}>;


export type MailboxesQuery = { __typename?: 'Query', mailboxes: { __typename?: 'MailboxConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'MailboxEdge', node: { __typename?: 'Mailbox', id: string, address: string, localPart: string, firstName?: string | null, lastName?: string | null, quotaMb: number, state: MailboxState, isPostmaster: boolean, forwards: Array<string>, keepCopy: boolean, services: { __typename?: 'MailboxServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean }, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null } }> } };

export type CreateMailboxMutationVariables = Exact<{
  input: CreateMailboxInput;
}>;


export type CreateMailboxMutation = { __typename?: 'Mutation', createMailbox: { __typename?: 'Mailbox', id: string, address: string, localPart: string, firstName?: string | null, lastName?: string | null, quotaMb: number, state: MailboxState, isPostmaster: boolean, forwards: Array<string>, keepCopy: boolean, services: { __typename?: 'MailboxServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean }, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null } };

export type UpdateMailboxMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMailboxInput;
}>;


export type UpdateMailboxMutation = { __typename?: 'Mutation', updateMailbox: { __typename?: 'Mailbox', id: string, address: string, localPart: string, firstName?: string | null, lastName?: string | null, quotaMb: number, state: MailboxState, isPostmaster: boolean, forwards: Array<string>, keepCopy: boolean, services: { __typename?: 'MailboxServices', pop: boolean, imap: boolean, smtp: boolean, webmail: boolean }, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null } };

export type DeleteMailboxMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMailboxMutation = { __typename?: 'Mutation', deleteMailbox: string };

export type MxCheckFieldsFragment = { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> };

export type MxDomainFragment = { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> } };

export type MxDomainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MxDomainQuery = { __typename?: 'Query', domain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> } } };

export type CheckDomainMxMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckDomainMxMutation = { __typename?: 'Mutation', checkDomainMx: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> } } };

export type MxDomainAliasFragment = { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> } };

export type MxDomainAliasesQueryVariables = Exact<{
  domainId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MxDomainAliasesQuery = { __typename?: 'Query', domainAliases: { __typename?: 'DomainAliasConnection', totalCount: number, edges: Array<{ __typename?: 'DomainAliasEdge', node: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> } } }> } };

export type CheckDomainAliasMxMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckDomainAliasMxMutation = { __typename?: 'Mutation', checkDomainAliasMx: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, mxCheck: { __typename?: 'DomainMxCheck', status: MxStatus, checkedAt?: string | null, foreignHosts: Array<string>, nameMissing: boolean, records: Array<{ __typename?: 'MxRecord', priority: number, host: string }>, expected: Array<{ __typename?: 'MxRecord', priority: number, host: string }> } } };

export type MyMailboxFieldsFragment = { __typename?: 'Mailbox', id: string, address: string, firstName?: string | null, lastName?: string | null, quotaMb: number, forwards: Array<string>, keepCopy: boolean, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null };

export type MyMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMailboxQuery = { __typename?: 'Query', myMailbox: { __typename?: 'Mailbox', id: string, address: string, firstName?: string | null, lastName?: string | null, quotaMb: number, forwards: Array<string>, keepCopy: boolean, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null }, clientSettings: { __typename?: 'ClientSettings', login: string, imap: { __typename?: 'ClientServer', host: string, port: number, security: string, enabled: boolean }, pop: { __typename?: 'ClientServer', host: string, port: number, security: string, enabled: boolean }, smtp: { __typename?: 'ClientServer', host: string, port: number, security: string, enabled: boolean } } };

export type UpdateMyMailboxMutationVariables = Exact<{
  input: UpdateMyMailboxInput;
}>;


export type UpdateMyMailboxMutation = { __typename?: 'Mutation', updateMyMailbox: { __typename?: 'Mailbox', id: string, address: string, firstName?: string | null, lastName?: string | null, quotaMb: number, forwards: Array<string>, keepCopy: boolean, autoresponder: { __typename?: 'Autoresponder', enabled: boolean, subject: string, body: string, startsAt?: string | null, endsAt?: string | null }, usage?: { __typename?: 'MailboxUsage', bytes: number, messages: number, reportedAt: string } | null } };

export type NotificationSettingsFieldsFragment = { __typename?: 'NotificationSettings', quotaEmailEnabled: boolean, quotaEmailRecipients: Array<string>, quotaWebhookEnabled: boolean, mxEmailEnabled: boolean };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { __typename?: 'Query', notificationSettings: { __typename?: 'NotificationSettings', quotaEmailEnabled: boolean, quotaEmailRecipients: Array<string>, quotaWebhookEnabled: boolean, mxEmailEnabled: boolean } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { __typename?: 'Mutation', updateNotificationSettings: { __typename?: 'NotificationSettings', quotaEmailEnabled: boolean, quotaEmailRecipients: Array<string>, quotaWebhookEnabled: boolean, mxEmailEnabled: boolean } };

export type WebhookCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookCatalogueQuery = { __typename?: 'Query', webhookCatalogue: { __typename?: 'WebhookCatalogue', httpAllowed: boolean, eventTypes: Array<{ __typename?: 'WebhookEventTypeInfo', type: string }> } };

export type WebhookEndpointRowFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: WebhookDisabledReason | null, createdAt: string, secretRotatedAt: string, lastAttemptAt?: string | null, lastAttemptStatus?: WebhookAttemptStatus | null, lastResponseCode?: number | null };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'WebhookEndpointEdge', node: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: WebhookDisabledReason | null, createdAt: string, secretRotatedAt: string, lastAttemptAt?: string | null, lastAttemptStatus?: WebhookAttemptStatus | null, lastResponseCode?: number | null } }> } };

export type WebhookEndpointQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookEndpointQuery = { __typename?: 'Query', webhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: WebhookDisabledReason | null, createdAt: string, secretRotatedAt: string, lastAttemptAt?: string | null, lastAttemptStatus?: WebhookAttemptStatus | null, lastResponseCode?: number | null } };

export type WebhookEndpointSecretQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookEndpointSecretQuery = { __typename?: 'Query', webhookEndpointSecret: string };

export type WebhookDeliveryAttemptsQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveryAttemptsQuery = { __typename?: 'Query', webhookDeliveryAttempts: { __typename?: 'WebhookDeliveryAttemptConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'WebhookDeliveryAttemptEdge', node: { __typename?: 'WebhookDeliveryAttempt', id: string, messageId: string, eventType: string, attempt: number, status: WebhookAttemptStatus, responseCode?: number | null, latencyMs: number, error?: string | null, createdAt: string, deliveryStatus: WebhookDeliveryStatus, nextAttemptAt?: string | null } }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: WebhookDisabledReason | null, createdAt: string, secretRotatedAt: string, lastAttemptAt?: string | null, lastAttemptStatus?: WebhookAttemptStatus | null, lastResponseCode?: number | null } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: WebhookDisabledReason | null, createdAt: string, secretRotatedAt: string, lastAttemptAt?: string | null, lastAttemptStatus?: WebhookAttemptStatus | null, lastResponseCode?: number | null } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: string };

export type RotateWebhookEndpointSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookEndpointSecretMutation = { __typename?: 'Mutation', rotateWebhookEndpointSecret: { __typename?: 'RotatedWebhookSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason?: WebhookDisabledReason | null, createdAt: string, secretRotatedAt: string, lastAttemptAt?: string | null, lastAttemptStatus?: WebhookAttemptStatus | null, lastResponseCode?: number | null } } };

export type SendTestWebhookEventMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SendTestWebhookEventMutation = { __typename?: 'Mutation', sendTestWebhookEvent: { __typename?: 'SentWebhookEvent', messageId: string } };

export type OrganisationRowFragment = { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null };

export type ResellersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  orderBy?: InputMaybe<OrganisationOrder>;
}>;


export type ResellersQuery = { __typename?: 'Query', resellers: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'OrganisationEdge', node: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } }> } };

export type CustomersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  orderBy?: InputMaybe<OrganisationOrder>;
}>;


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'OrganisationEdge', node: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } }> } };

export type CreateResellerMutationVariables = Exact<{
  input: CreateResellerInput;
}>;


export type CreateResellerMutation = { __typename?: 'Mutation', createReseller: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type SuspendOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SuspendOrganisationMutation = { __typename?: 'Mutation', suspendOrganisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type ReactivateOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateOrganisationMutation = { __typename?: 'Mutation', reactivateOrganisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, contactEmail: string, language: Language, status: OrganisationStatus, createdAt: string, customerCount: number, parent?: { __typename?: 'Organisation', id: string, name: string } | null } };

export type DeleteOrganisationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOrganisationMutation = { __typename?: 'Mutation', deleteOrganisation: string };

export type ImpersonateMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type ImpersonateMutation = { __typename?: 'Mutation', impersonate: { __typename?: 'Viewer', id: string, kind: PrincipalKind, login: string, name: string, role: UserRole, permissions: Array<Permission>, authenticatedBy: AuthMethod, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, actingAs: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, impersonation?: { __typename?: 'Impersonation', startedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } } | null } };

export type ResellerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResellerOptionsQuery = { __typename?: 'Query', resellers: { __typename?: 'OrganisationConnection', edges: Array<{ __typename?: 'OrganisationEdge', node: { __typename?: 'Organisation', id: string, name: string } }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type StopImpersonatingMutationVariables = Exact<{ [key: string]: never; }>;


export type StopImpersonatingMutation = { __typename?: 'Mutation', stopImpersonating: { __typename?: 'Viewer', id: string, kind: PrincipalKind, login: string, name: string, role: UserRole, permissions: Array<Permission>, authenticatedBy: AuthMethod, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, actingAs: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, impersonation?: { __typename?: 'Impersonation', startedAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } } | null } };

export type UserRowFragment = { __typename?: 'User', id: string, login: string, name: string, email: string, role: UserRole, permissions: Array<Permission>, disabled: boolean, lastLoginAt?: string | null, createdAt: string, grantedCustomers: Array<{ __typename?: 'Organisation', id: string, name: string }> };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  orderBy?: InputMaybe<UserOrder>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, login: string, name: string, email: string, role: UserRole, permissions: Array<Permission>, disabled: boolean, lastLoginAt?: string | null, createdAt: string, grantedCustomers: Array<{ __typename?: 'Organisation', id: string, name: string }> } }> } };

export type GrantableCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantableCustomersQuery = { __typename?: 'Query', customers: { __typename?: 'OrganisationConnection', edges: Array<{ __typename?: 'OrganisationEdge', node: { __typename?: 'Organisation', id: string, name: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, login: string, name: string, email: string, role: UserRole, permissions: Array<Permission>, disabled: boolean, lastLoginAt?: string | null, createdAt: string, grantedCustomers: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, login: string, name: string, email: string, role: UserRole, permissions: Array<Permission>, disabled: boolean, lastLoginAt?: string | null, createdAt: string, grantedCustomers: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type DeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUserMutation = { __typename?: 'Mutation', deleteUser: string };

export type VerificationPanelFieldsFragment = { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null };

export type VerifiableDomainFragment = { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } };

export type VerifiableDomainAliasFragment = { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } };

export type VerificationDomainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerificationDomainQuery = { __typename?: 'Query', domain: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type VerificationDomainAliasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerificationDomainAliasQuery = { __typename?: 'Query', domainAlias: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type CheckDomainVerificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckDomainVerificationMutation = { __typename?: 'Mutation', checkDomainVerification: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type CheckDomainAliasVerificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckDomainAliasVerificationMutation = { __typename?: 'Mutation', checkDomainAliasVerification: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type SendDomainVerificationEmailMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  mailbox: VerificationMailbox;
}>;


export type SendDomainVerificationEmailMutation = { __typename?: 'Mutation', sendDomainVerificationEmail: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type SendDomainAliasVerificationEmailMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  mailbox: VerificationMailbox;
}>;


export type SendDomainAliasVerificationEmailMutation = { __typename?: 'Mutation', sendDomainAliasVerificationEmail: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type ConfirmDomainVerificationCodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type ConfirmDomainVerificationCodeMutation = { __typename?: 'Mutation', confirmDomainVerificationCode: { __typename?: 'Domain', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type ConfirmDomainAliasVerificationCodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type ConfirmDomainAliasVerificationCodeMutation = { __typename?: 'Mutation', confirmDomainAliasVerificationCode: { __typename?: 'DomainAlias', id: string, name: string, asciiName: string, state: DomainState, verifiedAt?: string | null, verifiedBy?: VerificationMethod | null, verification: { __typename?: 'DomainVerification', recordName: string, recordType: string, recordValue: string, lastCheckAt?: string | null, lastSeen: Array<string>, lastError?: string | null, nextCheckAt?: string | null, emailAddresses: Array<string>, emailCodeSentTo?: string | null, emailCodeExpiresAt?: string | null } } };

export type BrandingQueryVariables = Exact<{
  host: Scalars['String']['input'];
}>;


export type BrandingQuery = { __typename?: 'Query', branding: { __typename?: 'Branding', host: string, title: string, logoUrl?: string | null, faviconUrl?: string | null, primaryColor: string, secondaryColor: string, isDefault: boolean } };

export const AliasRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"}}]}}]} as unknown as DocumentNode<AliasRowFragment, unknown>;
export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"ownerLogin"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const AuditEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actingAsId"}},{"kind":"Field","name":{"kind":"Name","value":"actingAsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]} as unknown as DocumentNode<AuditEntryRowFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actingAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const DomainAliasRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainAliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<DomainAliasRowFragment, unknown>;
export const DomainRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<DomainRowFragment, unknown>;
export const DomainSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"maxMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"defaultQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"catchAll"}}]}}]}}]} as unknown as DocumentNode<DomainSettingsFieldsFragment, unknown>;
export const MailboxRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isPostmaster"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<MailboxRowFragment, unknown>;
export const MxCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}}]} as unknown as DocumentNode<MxCheckFieldsFragment, unknown>;
export const MxDomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}}]} as unknown as DocumentNode<MxDomainFragment, unknown>;
export const MxDomainAliasFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxCheckFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}}]} as unknown as DocumentNode<MxDomainAliasFragment, unknown>;
export const MyMailboxFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyMailboxFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<MyMailboxFieldsFragment, unknown>;
export const NotificationSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaEmailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"quotaEmailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"quotaWebhookEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mxEmailEnabled"}}]}}]} as unknown as DocumentNode<NotificationSettingsFieldsFragment, unknown>;
export const WebhookEndpointRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}}]}}]} as unknown as DocumentNode<WebhookEndpointRowFragment, unknown>;
export const OrganisationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationRowFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const VerificationPanelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}}]} as unknown as DocumentNode<VerificationPanelFieldsFragment, unknown>;
export const VerifiableDomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}}]} as unknown as DocumentNode<VerifiableDomainFragment, unknown>;
export const VerifiableDomainAliasFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}}]} as unknown as DocumentNode<VerifiableDomainAliasFragment, unknown>;
export const AliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Aliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AliasRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"}}]}}]} as unknown as DocumentNode<AliasesQuery, AliasesQueryVariables>;
export const CreateAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAliasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AliasRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"}}]}}]} as unknown as DocumentNode<CreateAliasMutation, CreateAliasMutationVariables>;
export const UpdateAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"destinations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"destinations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"destinations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AliasRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"}}]}}]} as unknown as DocumentNode<UpdateAliasMutation, UpdateAliasMutationVariables>;
export const DeleteAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAliasMutation, DeleteAliasMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"ownerLogin"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"ownerLogin"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"ownerLogin"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actingAsId"}},{"kind":"Field","name":{"kind":"Name","value":"actingAsLabel"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditEntryAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuditEntryAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntryAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditEntryAddedSubscription, AuditEntryAddedSubscriptionVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actingAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actingAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const DashboardStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"activeApiTokens"}},{"kind":"Field","name":{"kind":"Name","value":"domainsWithMxProblems"}}]}}]}}]} as unknown as DocumentNode<DashboardStatsQuery, DashboardStatsQueryVariables>;
export const DomainAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainAliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainAliasRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainAliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<DomainAliasesQuery, DomainAliasesQueryVariables>;
export const CreateDomainAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDomainAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainAliasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomainAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainAliasRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainAliasRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<CreateDomainAliasMutation, CreateDomainAliasMutationVariables>;
export const DeleteDomainAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDomainAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDomainAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDomainAliasMutation, DeleteDomainAliasMutationVariables>;
export const DomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Domains"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<DomainsQuery, DomainsQueryVariables>;
export const DomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Domain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainSettingsFields"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trialEndsAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"maxMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"defaultQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"catchAll"}}]}}]}}]} as unknown as DocumentNode<DomainQuery, DomainQueryVariables>;
export const PostmasterDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostmasterDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostmasterDomainQuery, PostmasterDomainQueryVariables>;
export const DomainCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainCustomersQuery, DomainCustomersQueryVariables>;
export const DomainProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"defaultQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainProfilesQuery, DomainProfilesQueryVariables>;
export const CreateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<CreateDomainMutation, CreateDomainMutationVariables>;
export const UpdateDomainSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDomainSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDomainSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileId"}},{"kind":"Field","name":{"kind":"Name","value":"maxMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"defaultQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedIps"}},{"kind":"Field","name":{"kind":"Name","value":"catchAll"}}]}}]}}]} as unknown as DocumentNode<UpdateDomainSettingsMutation, UpdateDomainSettingsMutationVariables>;
export const DisableDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<DisableDomainMutation, DisableDomainMutationVariables>;
export const EnableDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<EnableDomainMutation, EnableDomainMutationVariables>;
export const SuspendDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<SuspendDomainMutation, SuspendDomainMutationVariables>;
export const ReactivateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerSuspended"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<ReactivateDomainMutation, ReactivateDomainMutationVariables>;
export const DeleteDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteDomainMutation, DeleteDomainMutationVariables>;
export const DomainPostmasterMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainPostmasterMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"StringValue","value":"postmaster@","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPostmaster"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainPostmasterMailboxQuery, DomainPostmasterMailboxQueryVariables>;
export const DomainClientSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainClientSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailboxId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mailboxId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailboxId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"imap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smtp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<DomainClientSettingsQuery, DomainClientSettingsQueryVariables>;
export const MailboxDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MailboxDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mailboxCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMailboxes"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"defaultQuotaGb"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MailboxDomainQuery, MailboxDomainQueryVariables>;
export const MailboxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Mailboxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailboxOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailboxes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isPostmaster"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<MailboxesQuery, MailboxesQueryVariables>;
export const CreateMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isPostmaster"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<CreateMailboxMutation, CreateMailboxMutationVariables>;
export const UpdateMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MailboxRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MailboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"localPart"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"isPostmaster"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pop"}},{"kind":"Field","name":{"kind":"Name","value":"imap"}},{"kind":"Field","name":{"kind":"Name","value":"smtp"}},{"kind":"Field","name":{"kind":"Name","value":"webmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateMailboxMutation, UpdateMailboxMutationVariables>;
export const DeleteMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMailboxMutation, DeleteMailboxMutationVariables>;
export const MxDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MxDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxDomain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxCheckFields"}}]}}]}}]} as unknown as DocumentNode<MxDomainQuery, MxDomainQueryVariables>;
export const CheckDomainMxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckDomainMx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDomainMx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxDomain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxCheckFields"}}]}}]}}]} as unknown as DocumentNode<CheckDomainMxMutation, CheckDomainMxMutationVariables>;
export const MxDomainAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MxDomainAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainAliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxDomainAlias"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxCheckFields"}}]}}]}}]} as unknown as DocumentNode<MxDomainAliasesQuery, MxDomainAliasesQueryVariables>;
export const CheckDomainAliasMxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckDomainAliasMx"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDomainAliasMx"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxDomainAlias"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainMxCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignHosts"}},{"kind":"Field","name":{"kind":"Name","value":"nameMissing"}},{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"host"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MxDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"mxCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MxCheckFields"}}]}}]}}]} as unknown as DocumentNode<CheckDomainAliasMxMutation, CheckDomainAliasMxMutationVariables>;
export const MyMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMailbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMailbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyMailboxFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"imap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smtp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"security"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyMailboxFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<MyMailboxQuery, MyMailboxQueryVariables>;
export const UpdateMyMailboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyMailbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyMailboxInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyMailbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyMailboxFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyMailboxFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mailbox"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMb"}},{"kind":"Field","name":{"kind":"Name","value":"forwards"}},{"kind":"Field","name":{"kind":"Name","value":"keepCopy"}},{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateMyMailboxMutation, UpdateMyMailboxMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaEmailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"quotaEmailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"quotaWebhookEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mxEmailEnabled"}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaEmailEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"quotaEmailRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"quotaWebhookEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"mxEmailEnabled"}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const WebhookCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"httpAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookCatalogueQuery, WebhookCatalogueQueryVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}}]}}]} as unknown as DocumentNode<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const WebhookEndpointSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpointSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<WebhookEndpointSecretQuery, WebhookEndpointSecretQueryVariables>;
export const WebhookDeliveryAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveryAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryAttemptsQuery, WebhookDeliveryAttemptsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RotateWebhookEndpointSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookEndpointSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}}]}}]} as unknown as DocumentNode<RotateWebhookEndpointSecretMutation, RotateWebhookEndpointSecretMutationVariables>;
export const SendTestWebhookEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhookEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookEventMutation, SendTestWebhookEventMutationVariables>;
export const ResellersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resellers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResellersQuery, ResellersQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CreateResellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateResellerMutation, CreateResellerMutationVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const SuspendOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SuspendOrganisationMutation, SuspendOrganisationMutationVariables>;
export const ReactivateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReactivateOrganisationMutation, ReactivateOrganisationMutationVariables>;
export const DeleteOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>;
export const ImpersonateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Impersonate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impersonate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actingAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ImpersonateMutation, ImpersonateMutationVariables>;
export const ResellerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResellerOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResellerOptionsQuery, ResellerOptionsQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const StopImpersonatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopImpersonating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopImpersonating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actingAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StopImpersonatingMutation, StopImpersonatingMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const GrantableCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantableCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantableCustomersQuery, GrantableCustomersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const VerificationDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<VerificationDomainQuery, VerificationDomainQueryVariables>;
export const VerificationDomainAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationDomainAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomainAlias"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<VerificationDomainAliasQuery, VerificationDomainAliasQueryVariables>;
export const CheckDomainVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckDomainVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDomainVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<CheckDomainVerificationMutation, CheckDomainVerificationMutationVariables>;
export const CheckDomainAliasVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckDomainAliasVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDomainAliasVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomainAlias"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<CheckDomainAliasVerificationMutation, CheckDomainAliasVerificationMutationVariables>;
export const SendDomainVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendDomainVerificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailbox"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationMailbox"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDomainVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mailbox"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailbox"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<SendDomainVerificationEmailMutation, SendDomainVerificationEmailMutationVariables>;
export const SendDomainAliasVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendDomainAliasVerificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailbox"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationMailbox"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDomainAliasVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mailbox"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailbox"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomainAlias"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<SendDomainAliasVerificationEmailMutation, SendDomainAliasVerificationEmailMutationVariables>;
export const ConfirmDomainVerificationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDomainVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDomainVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<ConfirmDomainVerificationCodeMutation, ConfirmDomainVerificationCodeMutationVariables>;
export const ConfirmDomainAliasVerificationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDomainAliasVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDomainAliasVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerifiableDomainAlias"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationPanelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainVerification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"emailCodeExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerifiableDomainAlias"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainAlias"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asciiName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationPanelFields"}}]}}]}}]} as unknown as DocumentNode<ConfirmDomainAliasVerificationCodeMutation, ConfirmDomainAliasVerificationCodeMutationVariables>;
export const BrandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Branding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"host"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"faviconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<BrandingQuery, BrandingQueryVariables>;