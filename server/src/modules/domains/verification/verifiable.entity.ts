import { Index, Property } from '@mikro-orm/core';
import type { DomainState, MxRecord, MxStatus } from '@casella/shared';
import { TimestampedEntity } from '../../../infra/db/base.entity.js';

// The life cycle is declared once in @casella/shared, with the changes people may make.
export { DOMAIN_STATES, type DomainState } from '@casella/shared';

export interface DnsCheckResult {
  /** A records seen for the verification name; empty when there were none. */
  seen: string[];
  /** Why the check could not conclude (timeout, NXDOMAIN…); null when it got an answer. */
  error: string | null;
}

/** The MX records the last check saw and, when it could not read them, why. */
export interface MxCheckResult {
  records: MxRecord[];
  foreignHosts: string[];
  /** The name does not exist in DNS at all (NXDOMAIN); absent in results stored before it. */
  nameMissing?: boolean;
  detail: string | null;
}

/**
 * What domains and domain aliases share: a name whose ownership must be
 * proven, and whose MX records must send its mail to the platform.
 */
export abstract class VerifiableEntity extends TimestampedEntity {
  abstract id: string;

  /** Lower-case A-label; unique platform-wide (domains and aliases) whatever the spelling typed. */
  @Property({ type: 'string', length: 253, unique: true })
  name!: string;

  @Property({ type: 'string', length: 32 })
  state: DomainState = 'UPDATING';

  /** `d` and 9 random digits: the label of the A record that proves ownership. */
  @Property({ type: 'string', length: 10 })
  verificationLabel!: string;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'string', length: 10, nullable: true })
  verifiedBy?: 'DNS' | 'EMAIL' | null;

  @Property({ type: 'datetime', nullable: true })
  lastCheckAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  lastCheckResult?: DnsCheckResult | null;

  @Index()
  @Property({ type: 'datetime', nullable: true })
  nextCheckAt?: Date | null;

  @Property({ type: 'integer' })
  checkCount: number = 0;

  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  emailCodeHash?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  emailCodeSentTo?: string | null;

  @Property({ type: 'datetime', nullable: true })
  emailCodeExpiresAt?: Date | null;

  @Property({ type: 'integer' })
  emailCodeAttempts: number = 0;

  /** What the last MX check found; indexed for the "MX problems" filter. */
  @Index()
  @Property({ type: 'string', length: 16, default: 'UNKNOWN' })
  mxStatus: MxStatus = 'UNKNOWN';

  /** When the MX records were last looked up; the periodic check takes the oldest first. */
  @Index()
  @Property({ type: 'datetime', nullable: true })
  mxCheckedAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  mxResult?: MxCheckResult | null;

  /** A `domain.mx.problem` went out and no `domain.mx.fixed` since: each is sent once per change. */
  @Property({ type: 'boolean', default: false })
  mxProblemReported: boolean = false;
}
