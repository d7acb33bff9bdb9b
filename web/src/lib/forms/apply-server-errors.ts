import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { toApiError, type ApiError } from '../apollo/graphql-errors';

/** `grantedCustomerIds.2` belongs to the `grantedCustomerIds` control. */
const controlOf = (field: string, fields: readonly string[]): string | undefined => {
  if (fields.includes(field)) return field;
  const parts = field.split('.');
  for (let i = parts.length - 1; i > 0; i -= 1) {
    const head = parts.slice(0, i).join('.');
    if (fields.includes(head)) return head;
  }
  return undefined;
};

/**
 * Puts the server's VALIDATION_FAILED / CONFLICT field errors on the matching
 * form controls. Returns the error, and whether every field error found a home.
 */
export const applyServerErrors = <T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): { apiError: ApiError; placed: boolean } => {
  const apiError = toApiError(error);
  let placed = apiError.fields.length > 0;
  let first = true;
  for (const f of apiError.fields) {
    const control = controlOf(f.field, fields);
    if (!control) {
      placed = false;
      continue;
    }
    setError(control as Path<T>, { type: f.code, message: f.message }, { shouldFocus: first });
    first = false;
  }
  return { apiError, placed };
};
