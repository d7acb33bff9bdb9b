/**
 * A domain's life cycle (DESIGN §3) and the changes people may make to it,
 * declared once so the API enforces and the panel offers the same ones.
 */
export const DOMAIN_STATES = [
  'UPDATING',
  'AWAITING_VERIFICATION',
  'ACTIVE',
  'DISABLED',
  'SUSPENDED',
  'ERROR',
] as const;
export type DomainState = (typeof DOMAIN_STATES)[number];

/**
 * DISABLE/ENABLE: the customer's own switch (DOMAINS_EDIT). SUSPEND/REACTIVATE:
 * billing, by the reseller or the platform above the customer.
 */
export const DOMAIN_STATE_CHANGES = ['DISABLE', 'ENABLE', 'SUSPEND', 'REACTIVATE'] as const;
export type DomainStateChange = (typeof DOMAIN_STATE_CHANGES)[number];

export interface DomainStateFacts {
  state: DomainState;
  /** Ownership was proven once; only then may the domain be ACTIVE. */
  verified: boolean;
  /** While SUSPENDED: the state the suspension interrupted. */
  suspendedFrom?: DomainState | null;
}

export type DomainStateOutcome =
  { ok: true; state: DomainState; changed: boolean } | { ok: false; message: string };

/** Back in service: ACTIVE when ownership was proven, otherwise waiting for it again. */
const served = (f: DomainStateFacts): DomainState =>
  f.verified ? 'ACTIVE' : 'AWAITING_VERIFICATION';

const refuse = (message: string): DomainStateOutcome => ({ ok: false, message });
const to = (f: DomainStateFacts, state: DomainState): DomainStateOutcome => ({
  ok: true,
  state,
  changed: state !== f.state,
});

const SETTING_UP = 'The domain is still being set up; try again in a moment.';
const SUSPENDED =
  'The domain is suspended by your provider (billing); only the provider can reactivate it.';
const IN_ERROR = 'The domain is in error: your provider has to look at it first.';

/**
 * The state `change` leads to, or why it cannot be made. Asking for the state
 * a domain is already in changes nothing and is no error (retries are safe).
 */
export const nextDomainState = (
  change: DomainStateChange,
  f: DomainStateFacts,
): DomainStateOutcome => {
  if (f.state === 'UPDATING') return refuse(SETTING_UP);
  switch (change) {
    case 'DISABLE':
      if (f.state === 'SUSPENDED') return refuse(SUSPENDED);
      if (f.state === 'ERROR') return refuse(IN_ERROR);
      return to(f, 'DISABLED');
    case 'ENABLE':
      if (f.state === 'SUSPENDED') return refuse(SUSPENDED);
      if (f.state === 'ERROR') return refuse(IN_ERROR);
      return f.state === 'DISABLED' ? to(f, served(f)) : to(f, f.state);
    case 'SUSPEND':
      return to(f, 'SUSPENDED');
    case 'REACTIVATE':
      if (f.state !== 'SUSPENDED') return to(f, f.state);
      // What the customer chose (DISABLED) or the platform found (ERROR) outlives the suspension.
      if (f.suspendedFrom === 'DISABLED' || f.suspendedFrom === 'ERROR')
        return to(f, f.suspendedFrom);
      return to(f, served(f));
  }
};

/** Whether `change` would do something now: the panel offers only those. */
export const canChangeDomainState = (change: DomainStateChange, f: DomainStateFacts): boolean => {
  const outcome = nextDomainState(change, f);
  return outcome.ok && outcome.changed;
};
