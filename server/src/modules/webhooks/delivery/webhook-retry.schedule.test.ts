import { describe, expect, it } from 'vitest';
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from './webhook-retry.schedule.js';

describe('the webhook retry schedule', () => {
  it('follows Standard Webhooks: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then gives up', () => {
    const middle = () => 0.5;
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) =>
      webhookRetryDelayMs(i + 1, 5000, middle),
    );
    expect(delays).toEqual([
      5_000,
      300_000,
      1_800_000,
      7_200_000,
      18_000_000,
      36_000_000,
      36_000_000,
      null,
    ]);
    const total = delays.reduce<number>((sum, d) => sum + (d ?? 0), 0);
    expect(total).toBeGreaterThan(24 * 3_600_000);
  });

  it('spreads retries by at most 10 % either way', () => {
    expect(webhookRetryDelayMs(2, 5000, () => 0)).toBe(270_000);
    expect(webhookRetryDelayMs(2, 5000, () => 0.999999)).toBe(330_000);
  });
});
