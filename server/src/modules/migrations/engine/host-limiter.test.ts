import { describe, expect, it } from 'vitest';
import { ByteBudget } from './byte-budget.js';
import { HostLimiter } from './host-limiter.js';

describe('HostLimiter', () => {
  it('queues connections beyond the per-host cap until one is released', async () => {
    const limiter = new HostLimiter();
    const a = await limiter.acquire('IMAP.example.com:993', 2);
    await limiter.acquire('imap.example.com:993', 2);
    let third = false;
    const pending = limiter.acquire('imap.example.com:993', 2).then(() => (third = true));
    await limiter.acquire('other.example.com:993', 2); // other hosts are not affected
    await Promise.resolve();
    expect(third).toBe(false);
    a();
    await pending;
    expect(third).toBe(true);
  });

  it('gives an optional connection a free slot only, never one someone waits for', async () => {
    const limiter = new HostLimiter();
    const a = await limiter.acquire('imap.example.com:993', 2);
    const extra = limiter.tryAcquire('imap.example.com:993', 2);
    expect(extra).toBeDefined();
    expect(limiter.tryAcquire('imap.example.com:993', 2)).toBeUndefined();
    let waited = false;
    const pending = limiter.acquire('imap.example.com:993', 2).then(() => (waited = true));
    extra?.();
    // the freed slot goes to the waiting connection, not to a new optional one
    expect(limiter.tryAcquire('imap.example.com:993', 2)).toBeUndefined();
    await pending;
    expect(waited).toBe(true);
    a();
    expect(limiter.tryAcquire('imap.example.com:993', 2)).toBeDefined();
  });
});

describe('ByteBudget', () => {
  it('holds back requests over the limit and admits an oversized one alone', async () => {
    const budget = new ByteBudget(100);
    await budget.acquire(80);
    let second = false;
    const next = budget.acquire(50).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    budget.release(80);
    await next;
    expect(budget.inUse).toBe(50);
    budget.release(50);
    await budget.acquire(500);
    expect(budget.inUse).toBe(500);
  });
});
