import { describe, expect, it } from 'vitest';
import { toMigrationError } from './endpoint-session.js';
import { ImapCommandError } from './imap/imap-connection.js';
import { isThrottleText } from './migration-error.js';
import { backoffDelay } from './retry-policy.js';

const settings = { maxAttempts: 5, retryBaseMs: 100, retryMaxMs: 10_000 };

describe('throttling', () => {
  it.each([
    'Request is throttled. Suggested Backoff Time: 3000 milliseconds',
    'Too many simultaneous connections. (Failure)',
    'LIMIT Maximum number of connections from user+IP exceeded',
    'UNAVAILABLE Temporary failure',
  ])('recognises "%s"', (text) => {
    expect(isThrottleText(text)).toBe(true);
  });

  it('honours the back-off time Office 365 suggests', () => {
    const err = toMigrationError(
      new ImapCommandError('UID FETCH', {
        tag: 'A1',
        kind: 'NO',
        text: 'Request is throttled. Suggested Backoff Time: 3000 milliseconds',
      }),
    );
    expect(err.code).toBe('THROTTLED');
    expect(err.retryable).toBe(true);
    expect(backoffDelay(1, err, settings)).toBeGreaterThanOrEqual(3000);
  });

  it('grows exponentially up to the cap', () => {
    const err = toMigrationError(
      new ImapCommandError('APPEND', { tag: 'A2', kind: 'NO', text: 'server busy' }),
    );
    expect(backoffDelay(1, err, settings)).toBeLessThanOrEqual(500);
    expect(backoffDelay(10, err, settings)).toBeLessThanOrEqual(10_000);
    expect(backoffDelay(10, err, settings)).toBeGreaterThanOrEqual(5_000);
  });
});
