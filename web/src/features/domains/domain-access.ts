import type { Viewer } from '../auth/viewer';

type ViewerAccess = Pick<Viewer, 'kind' | 'permissions' | 'organisation' | 'actingAs'>;

/** What the viewer may do with domains; the server enforces the same rules. */
export interface DomainAccess {
  add: boolean;
  edit: boolean;
  remove: boolean;
  /** Max mailboxes and max quota are set from above: resellers and the platform (DESIGN §3). */
  setLimits: boolean;
  /** 16 and 25 GB are reseller tiers. */
  resellerTiers: boolean;
  /** Above customer level a domain needs its customer named, and lists show it. */
  picksCustomer: boolean;
  /** Billing holds are the provider's: whoever may suspend the customer itself. */
  suspend: boolean;
}

export const domainAccess = (v: ViewerAccess): DomainAccess => {
  const panel = v.kind === 'PANEL_USER';
  const has = (p: Viewer['permissions'][number]) => panel && v.permissions.includes(p);
  const fromAbove = v.organisation.kind !== 'CUSTOMER';
  return {
    add: has('DOMAINS_ADD'),
    edit: has('DOMAINS_EDIT'),
    remove: has('DOMAINS_DELETE'),
    setLimits: panel && fromAbove,
    resellerTiers: panel && fromAbove,
    picksCustomer: panel && v.actingAs.kind !== 'CUSTOMER',
    // The API drops reseller powers inside a customer (impersonation too); so does the panel.
    suspend: has('CUSTOMERS_MANAGE') && v.actingAs.kind !== 'CUSTOMER',
  };
};
