import { describe, expect, it } from 'vitest';
import { canChangeDomainState, nextDomainState } from './domain-states.js';

describe('domain state changes', () => {
  it('disables a served or pending domain, and enables it back to ACTIVE only if it was verified', () => {
    expect(nextDomainState('DISABLE', { state: 'ACTIVE', verified: true })).toEqual({
      ok: true,
      state: 'DISABLED',
      changed: true,
    });
    expect(nextDomainState('DISABLE', { state: 'AWAITING_VERIFICATION', verified: false })).toEqual(
      { ok: true, state: 'DISABLED', changed: true },
    );
    expect(nextDomainState('ENABLE', { state: 'DISABLED', verified: true })).toMatchObject({
      state: 'ACTIVE',
    });
    expect(nextDomainState('ENABLE', { state: 'DISABLED', verified: false })).toMatchObject({
      state: 'AWAITING_VERIFICATION',
    });
  });

  it('refuses the customer’s switch on a suspended, erroneous or still-provisioning domain', () => {
    for (const change of ['DISABLE', 'ENABLE'] as const) {
      expect(nextDomainState(change, { state: 'SUSPENDED', verified: true })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/suspended by your provider/),
      });
      expect(nextDomainState(change, { state: 'ERROR', verified: true })).toMatchObject({
        ok: false,
      });
      expect(nextDomainState(change, { state: 'UPDATING', verified: false })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/being set up/),
      });
    }
    expect(nextDomainState('SUSPEND', { state: 'UPDATING', verified: false }).ok).toBe(false);
  });

  it('reactivation returns to what the suspension interrupted: disabled stays disabled, unverified waits', () => {
    const suspended = (suspendedFrom: 'ACTIVE' | 'DISABLED' | 'ERROR' | 'AWAITING_VERIFICATION') =>
      nextDomainState('REACTIVATE', { state: 'SUSPENDED', verified: true, suspendedFrom });
    expect(suspended('ACTIVE')).toMatchObject({ state: 'ACTIVE' });
    expect(suspended('DISABLED')).toMatchObject({ state: 'DISABLED' });
    expect(suspended('ERROR')).toMatchObject({ state: 'ERROR' });
    expect(
      nextDomainState('REACTIVATE', {
        state: 'SUSPENDED',
        verified: false,
        suspendedFrom: 'ACTIVE',
      }),
    ).toMatchObject({ state: 'AWAITING_VERIFICATION' });
  });

  it('asking for the state a domain is already in changes nothing, and the panel does not offer it', () => {
    expect(nextDomainState('DISABLE', { state: 'DISABLED', verified: true })).toEqual({
      ok: true,
      state: 'DISABLED',
      changed: false,
    });
    expect(nextDomainState('ENABLE', { state: 'ACTIVE', verified: true })).toMatchObject({
      changed: false,
    });
    expect(nextDomainState('REACTIVATE', { state: 'ACTIVE', verified: true })).toMatchObject({
      changed: false,
    });
    expect(
      canChangeDomainState('ENABLE', { state: 'AWAITING_VERIFICATION', verified: false }),
    ).toBe(false);
    expect(canChangeDomainState('SUSPEND', { state: 'DISABLED', verified: true })).toBe(true);
    expect(canChangeDomainState('SUSPEND', { state: 'SUSPENDED', verified: true })).toBe(false);
  });
});
