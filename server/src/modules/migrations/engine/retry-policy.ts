import { type MigrationError } from './migration-error.js';

export interface RetrySettings {
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

/** Exponential back-off with jitter; throttling waits longer than a dropped connection. */
export function backoffDelay(
  attempt: number,
  err: MigrationError,
  settings: RetrySettings,
): number {
  const base = settings.retryBaseMs * (err.code === 'THROTTLED' ? 5 : 1);
  const raw = Math.min(settings.retryMaxMs, base * 2 ** Math.max(0, attempt - 1));
  return Math.max(err.retryAfterMs ?? 0, Math.round(raw * (0.5 + Math.random() * 0.5)));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
