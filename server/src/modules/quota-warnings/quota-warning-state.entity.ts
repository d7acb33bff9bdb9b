import { Entity, OneToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import type { QuotaLevel } from './quota-levels.js';

/**
 * How far a mailbox has been warned about each of its limits (0, 80 or 95):
 * the hysteresis of quota warnings. No row means 0 and 0. Written only by a
 * conditional update in the transaction that queues the notices, so two
 * evaluations at once never both send. System-only: never shown, no tenant path.
 */
@Entity({ tableName: 'quota_warning_states' })
export class QuotaWarningStateEntity {
  @OneToOne(() => MailboxEntity, { primary: true, owner: true, deleteRule: 'cascade' })
  mailbox!: MailboxEntity;

  [PrimaryKeyProp]?: 'mailbox';

  @Property({ type: 'integer' })
  storageLevel: QuotaLevel = 0;

  @Property({ type: 'integer' })
  messagesLevel: QuotaLevel = 0;

  /** When a level last changed. */
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();
}
