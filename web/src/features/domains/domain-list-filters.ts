import type { DomainState } from '../../gql/graphql';

export const DOMAIN_STATES: readonly DomainState[] = [
  'ACTIVE',
  'AWAITING_VERIFICATION',
  'UPDATING',
  'DISABLED',
  'SUSPENDED',
  'ERROR',
];

/** What the domain list is narrowed to; empty or false means "any". */
export interface DomainListFilters {
  search: string;
  state: DomainState | '';
  mxProblems: boolean;
}

/** One string per distinct set of filters, to tell when they changed. */
export const domainListFiltersKey = (f: DomainListFilters): string =>
  [f.search, f.state, f.mxProblems].join('\n');

// In the URL, so a filtered list can be linked to and survives a reload:
// /domains?q=acme&state=ACTIVE&mx=problems
const SEARCH = 'q';
const STATE = 'state';
const MX = 'mx';
const MX_PROBLEMS = 'problems';

const isDomainState = (v: string | null): v is DomainState =>
  (DOMAIN_STATES as readonly (string | null)[]).includes(v);

/** The filters a URL asks for; anything it does not understand is no filter. */
export const readDomainListFilters = (params: URLSearchParams): DomainListFilters => {
  const state = params.get(STATE);
  return {
    search: params.get(SEARCH)?.trim() ?? '',
    state: isDomainState(state) ? state : '',
    mxProblems: params.get(MX) === MX_PROBLEMS,
  };
};

/** The parameters with the filters written in, others kept; "any" leaves its parameter out. */
export const writeDomainListFilters = (
  params: URLSearchParams,
  filters: DomainListFilters,
): URLSearchParams => {
  const next = new URLSearchParams(params);
  // Always in this order, however they were set: one filtered list, one address.
  const values: [string, string][] = [
    [SEARCH, filters.search],
    [STATE, filters.state],
    [MX, filters.mxProblems ? MX_PROBLEMS : ''],
  ];
  for (const [key] of values) next.delete(key);
  for (const [key, value] of values) if (value) next.set(key, value);
  return next;
};

/** A link to the domain list, filtered. */
export const domainListPath = (filters: Partial<DomainListFilters> = {}): string => {
  const query = writeDomainListFilters(new URLSearchParams(), {
    search: '',
    state: '',
    mxProblems: false,
    ...filters,
  }).toString();
  return query ? `/domains?${query}` : '/domains';
};
