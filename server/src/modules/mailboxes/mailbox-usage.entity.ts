import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What Dovecot last reported for a mailbox (quota_clone into a dict-sql map):
 * Dovecot writes the rows, Casella only reads them. Keyed by the login address
 * because that is all Dovecot knows; a database trigger stamps `reportedAt`,
 * another removes the row with its mailbox. Read through a visible mailbox only,
 * so it carries no tenant path of its own.
 */
@Entity({ tableName: 'mailbox_usage' })
export class MailboxUsageEntity {
  @PrimaryKey({ type: 'string', length: 320 })
  address!: string;

  @Property({ type: new BigIntType('number') })
  bytes: number = 0;

  @Property({ type: new BigIntType('number') })
  messages: number = 0;

  /** Indexed: the quota check reads the rows reported since its watermark. */
  @Index()
  @Property({ type: 'datetime', nullable: true })
  reportedAt?: Date | null;
}
