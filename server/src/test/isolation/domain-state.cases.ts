import { expect } from 'vitest';
import { codeOf } from '../demo.js';
import type { TestClient } from '../graphql-client.js';
import type { IsolationCase } from './cases.js';
import { outsidersOfAcme, type World } from './world.js';

type Change = 'disableDomain' | 'enableDomain' | 'suspendDomain' | 'reactivateDomain';

/** Acme's domain state and its audit trail, as acme sees them: the witness that nothing changed. */
const acmeDomainWitness = async (w: World) =>
  w.acme.ok(
    `{ domain(id: "${w.ids.acmeDomain}") { state } auditLog(filter: { objectId: "${w.ids.acmeDomain}" }) { totalCount } }`,
  );

const run = (c: TestClient, change: Change, id: string) =>
  c.gql(`mutation { ${change}(id: "${id}") { id state } }`);

/**
 * Outsiders (another reseller included, which may suspend its own customers'
 * domains) cannot switch acme's domain. `setUp` puts the domain where the
 * change would act; `tearDown` puts it back.
 */
const cannotSwitch =
  (
    change: Change,
    setUp?: [(w: World) => TestClient, Change],
    tearDown?: [(w: World) => TestClient, Change],
  ): IsolationCase =>
  async (w) => {
    if (setUp) await setUp[0](w).ok(`mutation { ${setUp[1]}(id: "${w.ids.acmeDomain}") { id } }`);
    const before = await acmeDomainWitness(w);
    for (const [, c] of outsidersOfAcme(w))
      expect(codeOf(await run(c, change, w.ids.acmeDomain))).toBe('NOT_FOUND');
    expect(await acmeDomainWitness(w)).toEqual(before);
    if (tearDown)
      await tearDown[0](w).ok(`mutation { ${tearDown[1]}(id: "${w.ids.acmeDomain}") { id } }`);
  };

export const DOMAIN_STATE_MUTATION_CASES: Record<string, IsolationCase> = {
  disableDomain: cannotSwitch('disableDomain'),
  enableDomain: cannotSwitch(
    'enableDomain',
    [(w) => w.acme, 'disableDomain'],
    [(w) => w.acme, 'enableDomain'],
  ),
  suspendDomain: cannotSwitch('suspendDomain'),
  reactivateDomain: cannotSwitch(
    'reactivateDomain',
    [(w) => w.reseller, 'suspendDomain'],
    [(w) => w.reseller, 'reactivateDomain'],
  ),
};
