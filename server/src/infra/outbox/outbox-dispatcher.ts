import type { Logger } from '../logger/logger.js';
import { systemEm, type Orm } from '../db/orm.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import type { OutboxTopic, OutboxTopics } from './outbox.js';

export type OutboxHandler<T extends OutboxTopic> = (
  payload: OutboxTopics[T],
  event: OutboxEventEntity,
) => Promise<void>;

export interface OutboxDispatcherOptions {
  pollMs?: number;
  /** How long a claimed event is hidden from other dispatchers while it is delivered. */
  leaseMs?: number;
  maxAttempts?: number;
  batchSize?: number;
}

/** Delay before attempt n+1: exponential from 5 s, capped at an hour, with ±20 % jitter. */
export const outboxBackoffMs = (attempts: number): number => {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
};

/**
 * Delivers committed outbox events at least once. Several dispatchers (processes)
 * may run: each claims an event by moving its `availableAt` forward in a
 * conditional update, so only one of them delivers it at a time.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, OutboxHandler<OutboxTopic>>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private wakeRequested = false;
  private readonly opts: Required<OutboxDispatcherOptions>;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    options: OutboxDispatcherOptions = {},
  ) {
    this.opts = { pollMs: 1000, leaseMs: 60_000, maxAttempts: 12, batchSize: 20, ...options };
  }

  on<T extends OutboxTopic>(topic: T, handler: OutboxHandler<T>): void {
    this.handlers.set(topic, handler as unknown as OutboxHandler<OutboxTopic>);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Called after a commit that added events, so they leave without waiting for the poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  /** Delivers everything due now; returns how many events were handled. Tests call it directly. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.deliverBatch();
      total += n;
      if (n === 0) return total;
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.drain()
        .catch((error: unknown) => this.logger.error({ err: error }, 'outbox dispatch failed'))
        .then(() => {
          this.running = null;
          const again = this.wakeRequested;
          this.wakeRequested = false;
          this.schedule(again ? 0 : this.opts.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  private async deliverBatch(): Promise<number> {
    const em = systemEm(this.orm);
    const now = new Date();
    const due = await em.find(
      OutboxEventEntity,
      { deliveredAt: null, failedAt: null, availableAt: { $lte: now } },
      { orderBy: { availableAt: 'asc', id: 'asc' }, limit: this.opts.batchSize },
    );
    let handled = 0;
    for (const event of due) {
      const claimedUntil = new Date(Date.now() + this.opts.leaseMs);
      const claimed = await em.nativeUpdate(
        OutboxEventEntity,
        { id: event.id, availableAt: event.availableAt, deliveredAt: null },
        { availableAt: claimedUntil },
      );
      if (claimed !== 1) continue;
      handled += 1;
      await this.deliver(em, event);
    }
    return handled;
  }

  private async deliver(em: ReturnType<typeof systemEm>, event: OutboxEventEntity): Promise<void> {
    const handler = this.handlers.get(event.topic);
    const attempts = event.attempts + 1;
    try {
      if (!handler) throw new Error(`no handler for outbox topic ${event.topic}`);
      await handler(event.payload as unknown as OutboxTopics[OutboxTopic], event);
      await em.nativeUpdate(
        OutboxEventEntity,
        { id: event.id },
        { deliveredAt: new Date(), attempts, lastError: null },
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = attempts >= this.opts.maxAttempts;
      this.logger.warn(
        { event: event.id, topic: event.topic, attempts, giveUp, err: message },
        'outbox delivery failed',
      );
      await em.nativeUpdate(
        OutboxEventEntity,
        { id: event.id },
        {
          attempts,
          lastError: message.slice(0, 2000),
          availableAt: new Date(Date.now() + outboxBackoffMs(attempts)),
          failedAt: giveUp ? new Date() : null,
        },
      );
    }
  }
}
