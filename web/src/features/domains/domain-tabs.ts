import type { DomainState } from '../../gql/graphql';
import type { Viewer } from '../auth/viewer';

export const DOMAIN_TABS = [
  'mailboxes',
  'aliases',
  'domain-aliases',
  'settings',
  'verification',
  'mx',
  'client-settings',
] as const;
export type DomainTab = (typeof DOMAIN_TABS)[number];

export const isDomainTab = (v: string | undefined): v is DomainTab =>
  (DOMAIN_TABS as readonly string[]).includes(v ?? '');

/** The postmaster cannot verify (that needs "Edit domains"), so the tab would be a dead end. */
export const domainTabsFor = (viewer: Pick<Viewer, 'kind'>): DomainTab[] =>
  viewer.kind === 'POSTMASTER' ? DOMAIN_TABS.filter((t) => t !== 'verification') : [...DOMAIN_TABS];

/** Where a bare /domains/:id opens: a domain still to be proven opens on its verification. */
export const defaultDomainTab = (tabs: DomainTab[], state: DomainState): DomainTab =>
  state === 'AWAITING_VERIFICATION' && tabs.includes('verification') ? 'verification' : 'mailboxes';

export const domainPath = (id: string, tab?: DomainTab) =>
  tab ? `/domains/${id}/${tab}` : `/domains/${id}`;
