import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The mail directory of a deleted mailbox, waiting to be removed from the mail
 * host. A database trigger queues it as the mailbox row goes, however it goes
 * (the mailbox, its domain or its customer deleted), in the same transaction;
 * `platform:purge-mail`, run on the mail host, removes it after a grace period.
 * Platform-level: no tenant reads it through the API.
 */
@Entity({ tableName: 'mail_purges' })
export class MailPurgeEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** `<domain>/<local part>.<mailbox id>`, relative to the mail root, as `mail_users` gave it. */
  @Property({ type: 'string', length: 400 })
  mailDir!: string;

  @Property({ type: 'string', length: 320 })
  address!: string;

  @Index()
  @Property({ type: 'datetime' })
  deletedAt!: Date;

  /** Set once the directory is gone (or was never there). */
  @Index()
  @Property({ type: 'datetime', nullable: true })
  purgedAt?: Date | null;

  /** Why the last attempt did not remove it; it is tried again on the next run. */
  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;
}
