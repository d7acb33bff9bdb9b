/**
 * What the MX check of a domain found. Only WRONG and MISSING are the
 * customer's to fix; LOOKUP_FAILED means the DNS did not answer, so nothing is
 * known either way.
 */
export const MX_STATUSES = ['UNKNOWN', 'OK', 'WRONG', 'MISSING', 'LOOKUP_FAILED'] as const;
export type MxStatus = (typeof MX_STATUSES)[number];

/** The statuses a domain list flags, and its "DNS problems" filter selects. */
export const MX_PROBLEM_STATUSES: readonly MxStatus[] = ['WRONG', 'MISSING'];

export interface MxRecord {
  priority: number;
  /** Lower-case, without the trailing dot; `.` is a null MX (RFC 7505: no mail accepted). */
  host: string;
}

/** `MX.Example.com.` → `mx.example.com`; an empty exchange (null MX) → `.`. */
export const normalMxHost = (host: string): string =>
  host.trim().toLowerCase().replace(/\.$/, '') || '.';

/**
 * OK only when every MX record points at an accepted host: a foreign record of
 * any priority receives part of the mail (senders fall back to it, or pick it
 * first), so it is a problem even when ours come first.
 */
export const evaluateMx = (
  records: readonly MxRecord[],
  accepted: readonly string[],
): { status: 'OK' | 'WRONG' | 'MISSING'; foreignHosts: string[] } => {
  if (records.length === 0) return { status: 'MISSING', foreignHosts: [] };
  const ours = new Set(accepted.map(normalMxHost));
  const foreignHosts = [
    ...new Set(records.map((r) => normalMxHost(r.host)).filter((h) => !ours.has(h))),
  ];
  return { status: foreignHosts.length ? 'WRONG' : 'OK', foreignHosts };
};
