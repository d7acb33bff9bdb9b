import type { AlertColor } from '@mui/material';
import type { MxCheckFieldsFragment } from '../../gql/graphql';
import type { Messages } from '../../lib/i18n/messages.en';
import { NULL_MX } from './mx-status';

/** What an MX check means for a name, in words, shared by a domain's summary and its aliases' rows. */
export interface MxVerdict {
  /** A problem is an error only where MX records matter (see mxMatters); otherwise a warning. */
  severity: AlertColor;
  /** The status in a few words. */
  title: string;
  /** What it means and what to do, for the name's own summary. */
  lines: string[];
  /** The hosts that are not the platform's, a null MX aside (it has its own words). */
  foreignHosts: string[];
}

export const mxVerdict = (
  check: Pick<MxCheckFieldsFragment, 'status' | 'foreignHosts' | 'nameMissing'>,
  name: string,
  matters: boolean,
  t: Messages,
): MxVerdict => {
  const s = t.mx.summary;
  const problem = matters ? 'error' : 'warning';
  const foreignHosts = check.foreignHosts.filter((h) => h !== NULL_MX);
  switch (check.status) {
    case 'OK':
      return { severity: 'success', title: s.okTitle(name), lines: [s.ok], foreignHosts };
    case 'WRONG':
      return {
        severity: problem,
        // A null MX alone sends mail nowhere rather than elsewhere.
        title: foreignHosts.length ? t.mx.problem.WRONG : s.nullMxTitle(name),
        lines: [
          ...(foreignHosts.length ? [s.foreign(name, foreignHosts.join(', '))] : []),
          ...(check.foreignHosts.includes(NULL_MX) ? [s.nullMx(name)] : []),
          s.fixWrong,
        ],
        foreignHosts,
      };
    case 'MISSING':
      return {
        severity: problem,
        title: t.mx.problem.MISSING,
        lines: [check.nameMissing ? s.nameMissing(name) : s.missing(name)],
        foreignHosts,
      };
    case 'LOOKUP_FAILED':
      return {
        severity: 'warning',
        title: t.mx.lookupFailed,
        lines: [s.lookupFailed],
        foreignHosts,
      };
    case 'UNKNOWN':
      return {
        severity: 'info',
        title: s.unknownTitle,
        lines: matters ? [s.unknown] : [],
        foreignHosts,
      };
  }
};
