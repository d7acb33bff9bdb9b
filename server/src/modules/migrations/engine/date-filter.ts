import type { DateFilter } from './engine.types.js';

/** Start of the copy window in epoch ms, or undefined for everything. */
export function dateFilterSince(filter: DateFilter, now: Date): number | undefined {
  if (typeof filter === 'object') return filter.since.getTime();
  const d = new Date(now.getTime());
  if (filter === 'LAST_MONTH') d.setUTCMonth(d.getUTCMonth() - 1);
  else if (filter === 'LAST_6_MONTHS') d.setUTCMonth(d.getUTCMonth() - 6);
  else if (filter === 'LAST_YEAR') d.setUTCFullYear(d.getUTCFullYear() - 1);
  else return undefined;
  return d.getTime();
}

/** Stable identity of a filter, stored with the sync state. */
export function dateFilterKey(filter: DateFilter): string {
  return typeof filter === 'object' ? `SINCE:${filter.since.toISOString().slice(0, 10)}` : filter;
}
