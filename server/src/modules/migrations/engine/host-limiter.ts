// Caps simultaneous connections per host across all runs sharing the limiter,
// so parallel mailboxes do not trip provider connection limits.

export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  async acquire(host: string, max: number): Promise<() => void> {
    const key = host.toLowerCase();
    while ((this.active.get(key) ?? 0) >= max) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(key) ?? [];
        queue.push(resolve);
        this.waiting.set(key, queue);
      });
    }
    this.active.set(key, (this.active.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active.set(key, (this.active.get(key) ?? 1) - 1);
      this.waiting.get(key)?.shift()?.();
    };
  }
}

export const sharedHostLimiter = new HostLimiter();
