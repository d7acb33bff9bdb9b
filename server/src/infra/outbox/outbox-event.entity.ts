import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../db/ids.js';

/**
 * An event written in the same transaction as the change it describes, then
 * delivered (at least once) by the outbox dispatcher.
 */
@Entity({ tableName: 'outbox_events' })
@Index({ properties: ['deliveredAt', 'availableAt'] })
export class OutboxEventEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('outboxEvent');

  @Property({ type: 'string', length: 100 })
  topic!: string;

  @Property({ type: 'json' })
  payload: Record<string, unknown> = {};

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  availableAt: Date = new Date();

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  /** Set when delivery gave up; kept for inspection. */
  @Property({ type: 'datetime', nullable: true })
  failedAt?: Date | null;
}
