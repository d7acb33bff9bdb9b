import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { VerifiableEntity, type DomainState } from './verification/verifiable.entity.js';
import { newId } from '../../infra/db/ids.js';
import { TENANT_FILTER, tenantCondition } from '../../infra/db/tenant-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { DomainProfileEntity } from '../domain-profiles/domain-profile.entity.js';

/** A real domain of a customer: the part after `@` its mailboxes live on. */
@Entity({ tableName: 'domains' })
@Filter({ name: TENANT_FILTER, cond: tenantCondition, default: true })
export class DomainEntity extends VerifiableEntity {
  @PrimaryKey({ type: 'string', length: 32 })
  id: string = newId('domain');

  @ManyToOne(() => OrganisationEntity, { deleteRule: 'cascade' })
  organisation!: OrganisationEntity;

  /** The customer's path plus this domain: grants on a single domain match it. */
  @Index()
  @Property({ type: 'string', length: 255 })
  tenantPath!: string;

  /** The profile last applied; its values were copied onto the domain. */
  @ManyToOne(() => DomainProfileEntity, { nullable: true, deleteRule: 'set null' })
  profile?: DomainProfileEntity | null;

  /** Most mailboxes the domain may have (the postmaster aside); null: only the plan limits. */
  @Property({ type: 'integer', nullable: true })
  maxMailboxes?: number | null;

  /** Highest quota tier (GB) a mailbox of this domain may get; null: the tiers' own limits. */
  @Property({ type: 'integer', nullable: true })
  maxQuotaGb?: number | null;

  @Property({ type: 'integer' })
  defaultQuotaGb: number = 8;

  @Property({ type: 'boolean' })
  popEnabled: boolean = true;

  @Property({ type: 'boolean' })
  imapEnabled: boolean = true;

  @Property({ type: 'boolean' })
  smtpEnabled: boolean = true;

  @Property({ type: 'boolean' })
  webmailEnabled: boolean = true;

  /** Up to 5 addresses or networks allowed to use POP/IMAP/SMTP; empty: everyone. */
  @Property({ type: 'json', defaultRaw: `'[]'` })
  allowedIps: string[] = [];

  /** Where mail to non-existent addresses of the domain goes; null: refused. */
  @Property({ type: 'string', length: 320, nullable: true })
  catchAll?: string | null;

  /** While SUSPENDED, the state the suspension interrupted: reactivation returns to it. */
  @Property({ type: 'string', length: 32, nullable: true })
  suspendedFrom?: DomainState | null;
}

export {
  DOMAIN_STATES,
  type DnsCheckResult,
  type DomainState,
  type MxCheckResult,
} from './verification/verifiable.entity.js';
