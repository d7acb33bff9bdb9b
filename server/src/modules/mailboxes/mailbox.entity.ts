import { DEFAULT_MAILBOX_MAX_MESSAGES } from '@casella/shared';
import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  Filter,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { TimestampedEntity } from '../../infra/db/base.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { vacationSieve } from './vacation-sieve.js';

export const MAILBOX_STATES = ['ACTIVE', 'BLOCKED', 'SUSPENDED', 'DISABLED'] as const;
export type MailboxState = (typeof MAILBOX_STATES)[number];

/** A hosted mailbox `local@domain`; Dovecot and Postfix will read these rows. */
@Entity({ tableName: 'mailboxes' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class MailboxEntity extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('mailbox');

  @ManyToOne(() => DomainEntity, { deleteRule: 'cascade' })
  domain!: DomainEntity;

  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  @Property({ type: 'string', length: 64 })
  localPart!: string;

  /** `local@domain` in lower case, the domain as its A-label: the login and the key. */
  @Property({ type: 'string', length: 320, unique: true })
  address!: string;

  /** Dovecot `{SCHEME}hash`. */
  @Property({ type: 'string', length: 300, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 80, nullable: true })
  firstName?: string | null;

  @Property({ type: 'string', length: 80, nullable: true })
  lastName?: string | null;

  @Property({ type: 'integer' })
  quotaMb!: number;

  /**
   * Most messages the mailbox may hold (abuse protection; Dovecot enforces it).
   * Set from MAILBOX_MAX_MESSAGES when the mailbox is created; the default
   * gave the mailboxes that existed before the limit theirs.
   */
  @Property({ type: 'integer', default: DEFAULT_MAILBOX_MAX_MESSAGES })
  maxMessages!: number;

  @Property({ type: 'boolean' })
  isPostmaster: boolean = false;

  @Property({ type: 'string', length: 32 })
  state: MailboxState = 'ACTIVE';

  @Property({ type: 'json' })
  forwards: string[] = [];

  @Property({ type: 'boolean' })
  keepCopy: boolean = true;

  @Property({ type: 'boolean' })
  popEnabled: boolean = true;

  @Property({ type: 'boolean' })
  imapEnabled: boolean = true;

  @Property({ type: 'boolean' })
  smtpEnabled: boolean = true;

  @Property({ type: 'boolean' })
  webmailEnabled: boolean = true;

  @Property({ type: 'boolean' })
  autoresponderEnabled: boolean = false;

  @Property({ type: 'string', length: 200, nullable: true })
  autoresponderSubject?: string | null;

  @Property({ type: 'text', nullable: true })
  autoresponderBody?: string | null;

  @Property({ type: 'datetime', nullable: true })
  autoresponderStartsAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  autoresponderEndsAt?: Date | null;

  /** The automatic reply as Dovecot's Sieve runs it at delivery (view mail_sieve). */
  @Property({ type: 'text', nullable: true, hidden: true })
  sieveScript?: string | null;

  @Property({ type: 'string', length: 32, nullable: true, hidden: true })
  sieveScriptId?: string | null;

  // Every write of the autoresponder goes through the unit of work: the script follows it here.
  @BeforeCreate()
  @BeforeUpdate()
  renderSieve(): void {
    const sieve = vacationSieve({
      enabled: this.autoresponderEnabled,
      subject: this.autoresponderSubject,
      body: this.autoresponderBody,
      startsAt: this.autoresponderStartsAt,
      endsAt: this.autoresponderEndsAt,
    });
    this.sieveScript = sieve?.script ?? null;
    this.sieveScriptId = sieve?.id ?? null;
  }
}
