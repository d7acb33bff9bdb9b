// Bounds the bytes of message bodies held in memory between FETCH and APPEND.

export class ByteBudget {
  private used = 0;
  private readonly waiters: Array<{ bytes: number; resolve: () => void }> = [];

  constructor(private readonly limit: number) {}

  get inUse(): number {
    return this.used;
  }

  /** A request larger than the whole budget is admitted alone, so big messages still pass. */
  async acquire(bytes: number): Promise<void> {
    if (this.fits(bytes) && this.waiters.length === 0) {
      this.used += bytes;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push({ bytes, resolve }));
  }

  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
    while (this.waiters.length > 0) {
      const next = this.waiters[0];
      if (!next || !this.fits(next.bytes)) break;
      this.waiters.shift();
      this.used += next.bytes;
      next.resolve();
    }
  }

  private fits(bytes: number): boolean {
    return this.used === 0 || this.used + bytes <= this.limit;
  }
}
