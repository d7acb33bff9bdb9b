import { MX_PROBLEM_STATUSES } from '@casella/shared';
import type { DomainState, MxStatus } from '../../gql/graphql';

/** The exchange of a null MX record (RFC 7505): the domain accepts no mail. */
export const NULL_MX = '.';

export type MxProblem = 'WRONG' | 'MISSING';

/** WRONG or MISSING: the customer's to fix. */
export const isMxProblem = (status: MxStatus): status is MxProblem =>
  MX_PROBLEM_STATUSES.includes(status);

/**
 * Whether a name's mail depends on its MX records now: a domain's once it is
 * active, a domain alias's once both it and its domain are. Before that (or
 * once disabled) the customer may not have moved them yet, so a problem is
 * shown calmly rather than flagged; the daily check skips them too.
 */
export const mxMatters = (state: DomainState, domainState: DomainState = 'ACTIVE'): boolean =>
  state === 'ACTIVE' && domainState === 'ACTIVE';

/**
 * What a domain (or, given its domain's state, a domain alias) flags beside its
 * state: nothing unless its MX records matter, and then only a problem or a
 * lookup that failed.
 */
export const mxFlag = (
  name: { state: DomainState; mxCheck: { status: MxStatus } },
  domainState?: DomainState,
): MxProblem | 'LOOKUP_FAILED' | null => {
  const { status } = name.mxCheck;
  if (!mxMatters(name.state, domainState)) return null;
  return isMxProblem(status) || status === 'LOOKUP_FAILED' ? status : null;
};
