import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../test/graphql-error';
import { applyServerErrors } from './apply-server-errors';

describe('applyServerErrors', () => {
  const fields = ['name', 'admin.login', 'grantedCustomerIds'] as const;

  it('puts each field error on its control, focusing the first', () => {
    const setError = vi.fn();
    const error = graphQLError('VALIDATION_FAILED', 'Some fields are not valid.', {
      fields: [
        { field: 'name', code: 'TOO_LONG', message: 'At most 120 characters' },
        { field: 'grantedCustomerIds.2', code: 'INVALID_ID', message: 'No such customer' },
      ],
    });
    const { apiError, placed } = applyServerErrors(error, setError, [...fields]);
    expect(placed).toBe(true);
    expect(apiError.code).toBe('VALIDATION_FAILED');
    expect(setError).toHaveBeenCalledWith(
      'name',
      { type: 'TOO_LONG', message: 'At most 120 characters' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith(
      'grantedCustomerIds',
      { type: 'INVALID_ID', message: 'No such customer' },
      { shouldFocus: false },
    );
  });

  it('maps a CONFLICT on a nested field', () => {
    const setError = vi.fn();
    const error = graphQLError('CONFLICT', 'This login is already taken.', {
      fields: [{ field: 'admin.login', code: 'TAKEN', message: 'This login is already taken.' }],
    });
    expect(applyServerErrors(error, setError, [...fields]).placed).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      'admin.login',
      expect.objectContaining({ type: 'TAKEN' }),
      expect.anything(),
    );
  });

  it('reports errors without a home so the form can show them above', () => {
    const setError = vi.fn();
    const forbidden = graphQLError('FORBIDDEN', 'You need the TEAM_MANAGE permission for this.');
    expect(applyServerErrors(forbidden, setError, [...fields])).toMatchObject({
      placed: false,
      apiError: { code: 'FORBIDDEN' },
    });
    const stray = graphQLError('VALIDATION_FAILED', 'x', {
      fields: [{ field: 'id', code: 'NOT_ALLOWED', message: 'no' }],
    });
    expect(applyServerErrors(stray, setError, [...fields]).placed).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });

  it('treats anything else as a network error', () => {
    const { apiError } = applyServerErrors(new TypeError('Failed to fetch'), vi.fn(), [...fields]);
    expect(apiError.code).toBe('NETWORK_ERROR');
  });
});
