/**
 * Standard Webhooks' schedule after a failed attempt, in multiples of the base
 * (5 s in production): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — eight
 * attempts over about 27 hours. Tests shrink the base, not the code path.
 */
const STEPS = [1, 60, 360, 1440, 3600, 7200, 7200];

export const WEBHOOK_MAX_ATTEMPTS = STEPS.length + 1;

/** ±10 %, so endpoints that failed together are not all retried in the same second. */
const JITTER = 0.1;

/** Delay before the next attempt after `attemptsMade` failures, or null when it gives up. */
export const webhookRetryDelayMs = (
  attemptsMade: number,
  baseMs: number,
  random: () => number = Math.random,
): number | null => {
  const step = STEPS[attemptsMade - 1];
  if (step === undefined) return null;
  return Math.round(step * baseMs * (1 - JITTER + random() * 2 * JITTER));
};
