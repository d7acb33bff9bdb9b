import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from '../logger/logger.js';
import { systemEm, type EntityManager, type Orm } from '../db/orm.js';
import { JobEntity } from './job.entity.js';

export interface JobContext {
  job: JobEntity;
  /** Aborted when the runner stops; long jobs should stop at the next safe point. */
  signal: AbortSignal;
}

export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * The job-queue port. The embedded implementation keeps job state in the
 * database; a BullMQ one (separate worker processes) implements the same calls.
 */
export interface JobQueue {
  register(name: string, handler: JobHandler): void;
  /** Adds a job to the caller's unit of work: it exists once that flush commits. */
  enqueue(
    em: EntityManager,
    name: string,
    payload: Record<string, unknown>,
    options?: EnqueueOptions,
  ): JobEntity;
  /** Ensures one recurring job per key, first run after `intervalMs` unless `runNow`. */
  recurring(
    key: string,
    name: string,
    intervalMs: number,
    options?: { runNow?: boolean; payload?: Record<string, unknown> },
  ): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  pollMs?: number;
  leaseMs?: number;
  concurrency?: number;
}

/** Delay before retry n: 10 s doubling, capped at an hour. */
export const jobBackoffMs = (attempts: number): number =>
  Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

export class DbJobRunner implements JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workerId = `w-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly active = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private stopped = true;
  private readonly opts: Required<JobRunnerOptions>;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    options: JobRunnerOptions = {},
  ) {
    this.opts = { pollMs: 1000, leaseMs: 60_000, concurrency: 2, ...options };
  }

  register(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  enqueue(
    em: EntityManager,
    name: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
  ): JobEntity {
    const job = new JobEntity();
    job.name = name;
    job.payload = payload;
    job.runAt = options.runAt ?? new Date();
    job.maxAttempts = options.maxAttempts ?? 5;
    em.persist(job);
    return job;
  }

  async recurring(
    key: string,
    name: string,
    intervalMs: number,
    options: { runNow?: boolean; payload?: Record<string, unknown> } = {},
  ): Promise<void> {
    const em = systemEm(this.orm);
    const existing = await em.findOne(JobEntity, { recurringKey: key });
    if (existing) {
      if (existing.intervalMs !== intervalMs || existing.name !== name) {
        existing.intervalMs = intervalMs;
        existing.name = name;
        await em.flush();
      }
      return;
    }
    const job = this.enqueue(em, name, options.payload ?? {}, {
      runAt: new Date(Date.now() + (options.runNow ? 0 : intervalMs)),
      maxAttempts: 1_000_000,
    });
    job.recurringKey = key;
    job.intervalMs = intervalMs;
    try {
      await em.flush();
    } catch (error) {
      // Another process registered it first: that is the one row we wanted.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
    await Promise.allSettled([...this.active.values()]);
  }

  /** Runs every job that is due now, and waits for them; tests call it directly. */
  async runDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.claimAndStart();
      total += claimed;
      await Promise.allSettled([...this.active.values()]);
      if (claimed === 0) return total;
    }
  }

  wake(): void {
    if (!this.stopped && !this.polling) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.polling = this.claimAndStart()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error({ err: error }, 'job poll failed'))
        .then(() => {
          this.polling = null;
          this.schedule(this.opts.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  private async claimAndStart(): Promise<number> {
    const free = this.opts.concurrency - this.active.size;
    if (free <= 0) return 0;
    const em = systemEm(this.orm);
    const now = new Date();
    const candidates = await em.find(
      JobEntity,
      {
        // Runners may split the work (webhooks have their own): each claims only its jobs.
        name: { $in: [...this.handlers.keys()] },
        $or: [
          { status: 'PENDING', runAt: { $lte: now } },
          // A running job whose lease expired was left by a worker that died.
          { status: 'RUNNING', lockedUntil: { $lt: now } },
        ],
      },
      { orderBy: { runAt: 'asc', id: 'asc' }, limit: free },
    );
    let started = 0;
    for (const job of candidates) {
      if (!this.handlers.has(job.name)) continue;
      const lockedUntil = new Date(Date.now() + this.opts.leaseMs);
      const claimed = await em.nativeUpdate(
        JobEntity,
        {
          id: job.id,
          status: job.status,
          lockedUntil: job.lockedUntil ?? null,
          attempts: job.attempts,
        },
        { status: 'RUNNING', lockedBy: this.workerId, lockedUntil, attempts: job.attempts + 1 },
      );
      if (claimed !== 1) continue;
      job.status = 'RUNNING';
      job.attempts += 1;
      job.lockedBy = this.workerId;
      job.lockedUntil = lockedUntil;
      started += 1;
      const run = this.execute(job).finally(() => this.active.delete(job.id));
      this.active.set(job.id, run);
    }
    return started;
  }

  private async execute(job: JobEntity): Promise<void> {
    const handler = this.handlers.get(job.name)!;
    const em = systemEm(this.orm);
    // Keep the lease while the handler works, so no other worker takes the job.
    const heartbeat = setInterval(
      () => {
        void em
          .nativeUpdate(
            JobEntity,
            { id: job.id, lockedBy: this.workerId },
            { lockedUntil: new Date(Date.now() + this.opts.leaseMs) },
          )
          .catch(() => undefined);
      },
      Math.max(1000, Math.floor(this.opts.leaseMs / 3)),
    );
    heartbeat.unref();
    try {
      await handler(job.payload, { job, signal: this.abort.signal });
      clearInterval(heartbeat);
      if (job.recurringKey && job.intervalMs) {
        await em.nativeUpdate(
          JobEntity,
          { id: job.id },
          {
            status: 'PENDING',
            attempts: 0,
            lockedBy: null,
            lockedUntil: null,
            lastError: null,
            runAt: new Date(Date.now() + job.intervalMs),
            finishedAt: new Date(),
          },
        );
      } else {
        await em.nativeUpdate(
          JobEntity,
          { id: job.id },
          {
            status: 'DONE',
            lockedBy: null,
            lockedUntil: null,
            lastError: null,
            finishedAt: new Date(),
          },
        );
      }
    } catch (error) {
      clearInterval(heartbeat);
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= job.maxAttempts;
      this.logger.warn(
        { job: job.id, name: job.name, attempts: job.attempts, giveUp, err: message },
        'job failed',
      );
      await em.nativeUpdate(
        JobEntity,
        { id: job.id },
        {
          status: giveUp ? 'FAILED' : 'PENDING',
          lockedBy: null,
          lockedUntil: null,
          lastError: message.slice(0, 4000),
          runAt: new Date(Date.now() + jobBackoffMs(job.attempts)),
          finishedAt: giveUp ? new Date() : null,
        },
      );
    }
  }
}
