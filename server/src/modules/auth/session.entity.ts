import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../infra/db/ids.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';

/** A browser session; the cookie carries a secret whose SHA-256 is stored here. */
@Entity({ tableName: 'sessions' })
export class SessionEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('session');

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @Property({ type: 'string', length: 64 })
  csrfToken!: string;

  /** A panel user's session… */
  @ManyToOne(() => UserEntity, { deleteRule: 'cascade', nullable: true })
  user?: UserEntity | null;

  /** …or a mailbox owner's (or postmaster's): exactly one of the two is set. */
  @ManyToOne(() => MailboxEntity, { deleteRule: 'cascade', nullable: true })
  mailbox?: MailboxEntity | null;

  /** The customer a reseller user is acting as, while impersonating. */
  @ManyToOne(() => OrganisationEntity, { nullable: true, deleteRule: 'set null' })
  impersonating?: OrganisationEntity | null;

  @Property({ type: 'datetime', nullable: true })
  impersonationStartedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  @Index()
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'string', length: 255 })
  userAgent: string = '';
}
