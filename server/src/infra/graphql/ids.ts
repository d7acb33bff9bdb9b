import { isIdOf, type IdKind } from '../db/ids.js';
import { invalidId } from './errors.js';

/** Rejects a malformed ID with a field error before any query runs. */
export const assertId = (kind: IdKind, value: string, field = 'id'): string => {
  if (!isIdOf(kind, value)) throw invalidId(field);
  return value;
};
