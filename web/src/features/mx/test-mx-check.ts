import type {
  MxCheckFieldsFragment,
  MxDomainAliasFragment,
  MxDomainFragment,
} from '../../gql/graphql';

export const mxRecord = (priority: number, host: string) => ({
  __typename: 'MxRecord' as const,
  priority,
  host,
});

/** What the server asks for by default (MAIL_MX_HOSTS). */
export const EXPECTED_MX = [mxRecord(10, 'mx1.casella.local'), mxRecord(20, 'mx2.casella.local')];

/** The demo domain's MX check, not checked yet unless told otherwise. */
export const testMxDomain = (
  check: Partial<MxCheckFieldsFragment> = {},
  over: Partial<Omit<MxDomainFragment, 'mxCheck'>> = {},
): MxDomainFragment => ({
  __typename: 'Domain',
  id: 'dom-acme',
  name: 'acme-demo.it',
  asciiName: 'acme-demo.it',
  state: 'ACTIVE',
  ...over,
  mxCheck: {
    __typename: 'DomainMxCheck',
    status: 'UNKNOWN',
    checkedAt: null,
    records: [],
    foreignHosts: [],
    nameMissing: false,
    expected: EXPECTED_MX,
    ...check,
  },
});

/** The demo domain's alias acme-demo.com, active, its MX records not checked yet unless told otherwise. */
export const testMxAlias = (
  check: Partial<MxCheckFieldsFragment> = {},
  over: Partial<Omit<MxDomainAliasFragment, 'mxCheck'>> = {},
): MxDomainAliasFragment => ({
  __typename: 'DomainAlias',
  id: 'dal-acme-com',
  name: 'acme-demo.com',
  asciiName: 'acme-demo.com',
  state: 'ACTIVE',
  ...over,
  mxCheck: testMxDomain(check).mxCheck,
});

/** The answer to MxDomainAliasesQuery; totalCount may say there are more than those given. */
export const mxAliasesResult = (aliases: MxDomainAliasFragment[], totalCount = aliases.length) => ({
  data: {
    domainAliases: {
      __typename: 'DomainAliasConnection' as const,
      totalCount,
      edges: aliases.map((node) => ({ __typename: 'DomainAliasEdge' as const, node })),
    },
  },
});

const CHECKED = '2026-11-29T09:00:00Z';

/** One check's outcome per status (a null MX is WRONG), as the server records it. */
export const MX_CHECKS: Record<
  'OK' | 'WRONG' | 'NULL_MX' | 'MISSING' | 'NO_NAME' | 'LOOKUP_FAILED' | 'UNKNOWN',
  Partial<MxCheckFieldsFragment>
> = {
  OK: { status: 'OK', checkedAt: CHECKED, records: EXPECTED_MX, foreignHosts: [] },
  WRONG: {
    status: 'WRONG',
    checkedAt: CHECKED,
    records: [mxRecord(10, 'mx.vecchio-provider.example'), mxRecord(20, 'mx1.casella.local')],
    foreignHosts: ['mx.vecchio-provider.example'],
  },
  NULL_MX: {
    status: 'WRONG',
    checkedAt: CHECKED,
    records: [mxRecord(0, '.')],
    foreignHosts: ['.'],
  },
  MISSING: { status: 'MISSING', checkedAt: CHECKED, records: [], foreignHosts: [] },
  NO_NAME: {
    status: 'MISSING',
    checkedAt: CHECKED,
    records: [],
    foreignHosts: [],
    nameMissing: true,
  },
  LOOKUP_FAILED: { status: 'LOOKUP_FAILED', checkedAt: CHECKED, records: [], foreignHosts: [] },
  UNKNOWN: { status: 'UNKNOWN', checkedAt: null, records: [], foreignHosts: [] },
};
