import type {
  VerifiableDomainAliasFragment,
  VerifiableDomainFragment,
  VerificationPanelFieldsFragment,
} from '../../gql/graphql';

const verification = (
  name: string,
  over: Partial<VerificationPanelFieldsFragment> = {},
): VerificationPanelFieldsFragment => ({
  __typename: 'DomainVerification',
  recordName: `d123456789.${name}`,
  recordType: 'A',
  recordValue: '192.0.2.10',
  lastCheckAt: null,
  lastSeen: [],
  lastError: null,
  nextCheckAt: null,
  emailAddresses: ['postmaster', 'hostmaster', 'webmaster', 'info'].map((m) => `${m}@${name}`),
  emailCodeSentTo: null,
  emailCodeExpiresAt: null,
  ...over,
});

type Over = Partial<Omit<VerifiableDomainAliasFragment, 'verification'>> & {
  verification?: Partial<VerificationPanelFieldsFragment>;
};

/** The demo domain alias, awaiting verification unless told otherwise. */
export const testVerifiableAlias = (over: Over = {}): VerifiableDomainAliasFragment => {
  const { verification: v, ...rest } = over;
  const asciiName = rest.asciiName ?? 'acme-demo.com';
  return {
    __typename: 'DomainAlias',
    id: 'dal-acme-com',
    name: 'acme-demo.com',
    asciiName,
    state: 'AWAITING_VERIFICATION',
    verifiedAt: null,
    verifiedBy: null,
    ...rest,
    verification: verification(asciiName, v),
  };
};

/** A new domain awaiting verification. */
export const testVerifiableDomain = (
  over: Partial<Omit<VerifiableDomainFragment, 'verification'>> & {
    verification?: Partial<VerificationPanelFieldsFragment>;
  } = {},
): VerifiableDomainFragment => {
  const { verification: v, ...rest } = over;
  return {
    __typename: 'Domain',
    id: 'dom-nuovo',
    name: 'nuovo-cliente.it',
    asciiName: 'nuovo-cliente.it',
    state: 'AWAITING_VERIFICATION',
    verifiedAt: null,
    verifiedBy: null,
    ...rest,
    verification: verification(rest.asciiName ?? 'nuovo-cliente.it', v),
  };
};
