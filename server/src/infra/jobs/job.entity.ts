import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../db/ids.js';

export const JOB_STATUSES = ['PENDING', 'RUNNING', 'DONE', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A unit of background work; its state lives in the database so a restart resumes it. */
@Entity({ tableName: 'jobs' })
@Index({ properties: ['status', 'runAt'] })
export class JobEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('job');

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  @Property({ type: 'string', length: 32 })
  status: JobStatus = 'PENDING';

  @Property({ type: 'datetime' })
  runAt: Date = new Date();

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'integer' })
  maxAttempts: number = 5;

  @Property({ type: 'string', length: 64, nullable: true })
  lockedBy?: string | null;

  /** A RUNNING job whose lease ran out belongs to a dead worker and is taken again. */
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** Set for recurring jobs: one row per key, rescheduled after every run. */
  @Property({ type: 'string', length: 100, nullable: true, unique: true })
  recurringKey?: string | null;

  @Property({ type: 'integer', nullable: true })
  intervalMs?: number | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
