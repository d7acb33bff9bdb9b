import type { DomainQuery, DomainRowFragment } from '../../gql/graphql';

const acme = { __typename: 'Organisation' as const, id: 'o-acme', name: 'Acme S.r.l.' };

type Domain = DomainQuery['domain'];

/** A domain row as the API returns it, for component tests. */
export const testDomainRow = (over: Partial<DomainRowFragment> = {}): DomainRowFragment => ({
  __typename: 'Domain',
  id: 'dom-acme',
  name: 'acme-demo.it',
  asciiName: 'acme-demo.it',
  state: 'ACTIVE',
  verifiedBy: 'DNS',
  verifiedAt: '2026-11-29T08:00:00Z',
  mailboxCount: 3,
  remainingMailboxes: 7,
  createdAt: '2026-11-01T08:00:00Z',
  customerSuspended: false,
  customer: acme,
  mxCheck: { __typename: 'DomainMxCheck', status: 'OK', checkedAt: '2026-11-29T09:00:00Z' },
  ...over,
});

/** The domain page's domain with its settings. */
export const testDomain = (
  settings: Partial<Domain['settings']> = {},
  over: Partial<Domain> = {},
): Domain => ({
  ...testDomainRow(),
  customer: { ...acme, trialEndsAt: null },
  settings: {
    __typename: 'DomainSettings',
    profileId: null,
    maxMailboxes: null,
    maxQuotaGb: null,
    defaultQuotaGb: 8,
    services: { __typename: 'DomainServices', pop: true, imap: true, smtp: true, webmail: true },
    allowedIps: [],
    catchAll: null,
    ...settings,
  },
  ...over,
});
