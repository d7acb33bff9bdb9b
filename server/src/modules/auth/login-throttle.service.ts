import type { EntityManager } from '../../infra/db/orm.js';
import { rateLimited } from '../../infra/graphql/errors.js';
import { LoginThrottleEntity } from './login-throttle.entity.js';

export interface ThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  lockMinutes: number;
}

/**
 * Counts failed logins per account and per client address in a sliding window
 * of `lockMinutes`; past the limit the key is locked for `lockMinutes`.
 */
export class LoginThrottleService {
  constructor(private readonly limits: ThrottleLimits) {}

  private keys(login: string, ip: string): Array<{ key: string; max: number }> {
    return [
      { key: `account:${login}`.slice(0, 300), max: this.limits.maxFailuresPerAccount },
      { key: `ip:${ip}`, max: this.limits.maxFailuresPerIp },
    ];
  }

  /** Throws RATE_LIMITED while the account or the address is locked. */
  async assertAllowed(em: EntityManager, login: string, ip: string): Promise<void> {
    const now = Date.now();
    const rows = await em.find(LoginThrottleEntity, {
      key: { $in: this.keys(login, ip).map((k) => k.key) },
    });
    const locked = rows.filter((r) => r.lockedUntil && r.lockedUntil.getTime() > now);
    if (locked.length > 0) {
      const until = Math.max(...locked.map((r) => r.lockedUntil!.getTime()));
      const seconds = Math.ceil((until - now) / 1000);
      const minutes = Math.ceil(seconds / 60);
      throw rateLimited(
        `Too many failed sign-in attempts. Sign-in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`,
        seconds,
      );
    }
  }

  async recordFailure(em: EntityManager, login: string, ip: string): Promise<void> {
    const now = new Date();
    const windowMs = this.limits.lockMinutes * 60_000;
    for (const { key, max } of this.keys(login, ip)) {
      let row = await em.findOne(LoginThrottleEntity, { key });
      if (!row) {
        row = new LoginThrottleEntity();
        row.key = key;
        row.windowStartedAt = now;
        em.persist(row);
      } else if (now.getTime() - row.windowStartedAt.getTime() > windowMs) {
        row.failures = 0;
        row.windowStartedAt = now;
        row.lockedUntil = null;
      }
      row.failures += 1;
      if (row.failures >= max) row.lockedUntil = new Date(now.getTime() + windowMs);
    }
    await em.flush();
  }

  /** A successful login clears the account's counter (not the address's). */
  async recordSuccess(em: EntityManager, login: string): Promise<void> {
    await em.nativeDelete(LoginThrottleEntity, { key: `account:${login}`.slice(0, 300) });
  }
}
