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
