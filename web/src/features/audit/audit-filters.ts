import type { AuditFilter } from '../../gql/graphql';

export interface AuditFilterState {
  actor: { id: string; label: string } | null;
  object: { id: string; label: string } | null;
  objectType: string;
  /** `datetime-local` values, in the browser's time zone. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterState = {
  actor: null,
  object: null,
  objectType: '',
  from: '',
  to: '',
};

const toIso = (local: string): string | undefined =>
  local ? new Date(local).toISOString() : undefined;

/** The API filter for what the user picked; empty picks are left out. */
export const toAuditFilter = (f: AuditFilterState): AuditFilter => ({
  actorId: f.actor?.id,
  objectId: f.object?.id,
  objectType: f.objectType || undefined,
  from: toIso(f.from),
  to: toIso(f.to),
});

export const isFiltered = (f: AuditFilterState): boolean =>
  Boolean(f.actor || f.object || f.objectType || f.from || f.to);
