import { MX_PROBLEM_STATUSES } from '@casella/shared';
import type { DomainState, MxStatus } from '../../gql/graphql';

/** The exchange of a null MX record (RFC 7505): the domain accepts no mail. */
export const NULL_MX = '.';

export type MxProblem = 'WRONG' | 'MISSING';

/** WRONG or MISSING: the customer's to fix. */
export const isMxProblem = (status: MxStatus): status is MxProblem =>
  MX_PROBLEM_STATUSES.includes(status);

/**
 * What a domain flags beside its state. Only an active domain's mail depends on
 * its MX records; before that (or once disabled) the customer may not have moved
 * them yet, so nothing is flagged.
 */
export const mxFlag = (domain: {
  state: DomainState;
  mxCheck: { status: MxStatus };
}): MxProblem | 'LOOKUP_FAILED' | null => {
  const { status } = domain.mxCheck;
  if (domain.state !== 'ACTIVE') return null;
  return isMxProblem(status) || status === 'LOOKUP_FAILED' ? status : null;
};
