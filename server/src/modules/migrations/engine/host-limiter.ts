// Caps simultaneous connections per host across all runs sharing the limiter,
// so parallel mailboxes do not trip provider connection limits.

export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  async acquire(host: string, max: number): Promise<() => void> {
    const key = host.toLowerCase();
    const slot = this.tryAcquire(key, max);
    if (slot) return slot;
    // a released slot is handed straight to the first waiter, so nobody can take it in between
    await new Promise<void>((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(resolve);
      this.waiting.set(key, queue);
    });
    return this.releaser(key);
  }

  /** A slot only if one is free now: for optional extra connections, which must never wait. */
  tryAcquire(host: string, max: number): (() => void) | undefined {
    const key = host.toLowerCase();
    if ((this.waiting.get(key)?.length ?? 0) > 0) return undefined;
    if ((this.active.get(key) ?? 0) >= max) return undefined;
    this.active.set(key, (this.active.get(key) ?? 0) + 1);
    return this.releaser(key);
  }

  private releaser(key: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.get(key)?.shift();
      if (next) next();
      else this.active.set(key, (this.active.get(key) ?? 1) - 1);
    };
  }
}

export const sharedHostLimiter = new HostLimiter();
