import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  MX_STATUSES,
  toUnicodeDomain,
  VERIFICATION_MAILBOXES,
  type MxStatus,
} from '@casella/shared';
import { connectionOf } from '../../infra/graphql/connection.type.js';
import { graphqlEnum } from '../../infra/graphql/enum.js';
import { DOMAIN_STATES, type DomainEntity, type DomainState } from './domain.entity.js';
import type { VerifiableEntity } from './verification/verifiable.entity.js';

export const DomainStateEnum = graphqlEnum(
  DOMAIN_STATES,
  'DomainState',
  'Life cycle: UPDATING → AWAITING_VERIFICATION → ACTIVE; DISABLED by the customer (`disableDomain`), SUSPENDED by the provider for billing (`suspendDomain`), ERROR. Only ACTIVE domains send, receive and sign in.',
);
export const VerificationMethodEnum = graphqlEnum(['DNS', 'EMAIL'] as const, 'VerificationMethod');
export const VerificationMailboxEnum = graphqlEnum(
  VERIFICATION_MAILBOXES.map((m) => m.toUpperCase()) as [
    'POSTMASTER',
    'HOSTMASTER',
    'WEBMASTER',
    'INFO',
  ],
  'VerificationMailbox',
  'Role address a verification code can be sent to.',
);

@ObjectType('DomainVerification', {
  description: 'How to prove ownership, and what the last check saw.',
})
export class DomainVerificationType {
  @Field(() => String, {
    description: 'Full name of the A record to create, e.g. `d123456789.example.com`.',
  })
  recordName!: string;

  @Field(() => String)
  recordType!: string;

  @Field(() => String, { description: 'The address the record must point at.' })
  recordValue!: string;

  @Field(() => Date, { nullable: true })
  lastCheckAt!: Date | null;

  @Field(() => [String], { description: 'A records the last check saw.' })
  lastSeen!: string[];

  @Field(() => String, { nullable: true, description: 'Why the last check could not conclude.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next automatic check runs.' })
  nextCheckAt!: Date | null;

  @Field(() => [String], { description: 'Addresses a code can be sent to.' })
  emailAddresses!: string[];

  @Field(() => String, { nullable: true })
  emailCodeSentTo!: string | null;

  @Field(() => Date, { nullable: true })
  emailCodeExpiresAt!: Date | null;
}

export const MxStatusEnum = graphqlEnum(
  MX_STATUSES,
  'MxStatus',
  "What the last MX check found: OK (every MX record points at the platform), WRONG (some point elsewhere), MISSING (none, or the name does not exist), LOOKUP_FAILED (the DNS did not answer), UNKNOWN (not checked yet). WRONG and MISSING are the customer's to fix.",
);

@ObjectType('MxRecord')
export class MxRecordType {
  @Field(() => Int, { description: 'Lower is tried first.' })
  priority!: number;

  @Field(() => String, { description: 'Mail server host name; `.` is a null MX (no mail).' })
  host!: string;
}

@ObjectType('DomainMxCheck', {
  description:
    'Whether mail for a domain or a domain alias reaches the platform: its MX records, checked daily.',
})
export class DomainMxCheckType {
  @Field(() => MxStatusEnum)
  status!: MxStatus;

  @Field(() => Date, { nullable: true })
  checkedAt!: Date | null;

  @Field(() => [MxRecordType], { description: 'The MX records the last check saw.' })
  records!: MxRecordType[];

  @Field(() => [String], { description: "Hosts among them that are not the platform's." })
  foreignHosts!: string[];

  @Field(() => Boolean, {
    description:
      'MISSING because the name does not exist in DNS at all (rather than having no MX record).',
  })
  nameMissing!: boolean;

  @Field(() => String, { nullable: true, description: 'The problem in words, when there is one.' })
  detail!: string | null;

  /** The A-label checked: what "expected" may one day depend on (white-label MX hosts). */
  name!: string;
}

@ObjectType('DomainServices')
export class DomainServicesType {
  @Field(() => Boolean)
  pop!: boolean;

  @Field(() => Boolean)
  imap!: boolean;

  @Field(() => Boolean)
  smtp!: boolean;

  @Field(() => Boolean)
  webmail!: boolean;
}

@ObjectType('DomainSettings', { description: 'Advanced settings of a domain.' })
export class DomainSettingsType {
  @Field(() => ID, { nullable: true, description: 'The profile last applied.' })
  profileId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Set by the provider; null: only the plan limits apply.',
  })
  maxMailboxes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Highest quota tier in GB; set by the provider.',
  })
  maxQuotaGb!: number | null;

  @Field(() => Int)
  defaultQuotaGb!: number;

  @Field(() => DomainServicesType, {
    description: "Services on or off for all the domain's users.",
  })
  services!: DomainServicesType;

  @Field(() => [String], {
    description: 'Up to 5 addresses or networks allowed to use POP/IMAP/SMTP; empty: all.',
  })
  allowedIps!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Destination of mail to non-existent addresses.',
  })
  catchAll!: string | null;
}

@InputType('DomainServicesInput')
export class DomainServicesInput {
  @Field(() => Boolean, { nullable: true })
  pop?: boolean;

  @Field(() => Boolean, { nullable: true })
  imap?: boolean;

  @Field(() => Boolean, { nullable: true })
  smtp?: boolean;

  @Field(() => Boolean, { nullable: true })
  webmail?: boolean;
}

@InputType('DomainSettingsInput')
export class DomainSettingsInputType {
  @Field(() => ID, {
    nullable: true,
    description: 'Applies a domain profile (its values are copied).',
  })
  profileId?: string | null;

  @Field(() => Int, { nullable: true })
  maxMailboxes?: number | null;

  @Field(() => Int, { nullable: true })
  maxQuotaGb?: number | null;

  @Field(() => Int, { nullable: true })
  defaultQuotaGb?: number;

  @Field(() => DomainServicesInput, { nullable: true })
  services?: DomainServicesInput;

  @Field(() => [String], { nullable: true })
  allowedIps?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'An address; empty or null turns catch-all off.',
  })
  catchAll?: string | null;
}

@ObjectType('Domain', { description: 'A real domain: the part after `@` its mailboxes live on.' })
export class DomainType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The name as people read it (Unicode).' })
  name!: string;

  @Field(() => String, { description: 'The name as DNS and mail servers see it (A-label).' })
  asciiName!: string;

  @Field(() => DomainStateEnum)
  state!: DomainState;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => VerificationMethodEnum, { nullable: true })
  verifiedBy!: 'DNS' | 'EMAIL' | null;

  @Field(() => DomainVerificationType)
  verification!: DomainVerificationType;

  @Field(() => DomainSettingsType)
  settings!: DomainSettingsType;

  @Field(() => DomainMxCheckType, {
    description: "Whether its MX records send the domain's mail to the platform.",
  })
  mxCheck!: DomainMxCheckType;

  @Field(() => Date)
  createdAt!: Date;

  customerId!: string;
  /** Its customer's path plus itself: what `customerSuspended` walks up. */
  tenantPath!: string;
}

export const DomainConnection = connectionOf(DomainType, 'Domain');

/** The verification view shared by domains and domain aliases. */
export const toVerificationType = (e: VerifiableEntity, verifyIp: string): DomainVerificationType =>
  Object.assign(new DomainVerificationType(), {
    recordName: `${e.verificationLabel}.${e.name}`,
    recordType: 'A',
    recordValue: verifyIp,
    lastCheckAt: e.lastCheckAt ?? null,
    lastSeen: e.lastCheckResult?.seen ?? [],
    lastError: e.lastCheckResult?.error ?? null,
    nextCheckAt: e.nextCheckAt ?? null,
    emailAddresses: VERIFICATION_MAILBOXES.map((m) => `${m}@${e.name}`),
    emailCodeSentTo: e.emailCodeSentTo ?? null,
    emailCodeExpiresAt: e.emailCodeExpiresAt ?? null,
  });

/** What the last MX check of a domain or a domain alias found. */
export const toMxCheckType = (e: VerifiableEntity): DomainMxCheckType =>
  Object.assign(new DomainMxCheckType(), {
    status: e.mxStatus,
    checkedAt: e.mxCheckedAt ?? null,
    records: e.mxResult?.records ?? [],
    foreignHosts: e.mxResult?.foreignHosts ?? [],
    nameMissing: e.mxStatus === 'MISSING' && (e.mxResult?.nameMissing ?? false),
    detail: e.mxResult?.detail ?? null,
    name: e.name,
  });

export const toDomainType = (e: DomainEntity, verifyIp: string): DomainType =>
  Object.assign(new DomainType(), {
    id: e.id,
    name: toUnicodeDomain(e.name),
    asciiName: e.name,
    state: e.state,
    verifiedAt: e.verifiedAt ?? null,
    verifiedBy: e.verifiedBy ?? null,
    createdAt: e.createdAt,
    customerId: e.organisation.id,
    tenantPath: e.tenantPath,
    verification: toVerificationType(e, verifyIp),
    mxCheck: toMxCheckType(e),
    settings: Object.assign(new DomainSettingsType(), {
      profileId: e.profile?.id ?? null,
      maxMailboxes: e.maxMailboxes ?? null,
      maxQuotaGb: e.maxQuotaGb ?? null,
      defaultQuotaGb: e.defaultQuotaGb,
      services: {
        pop: e.popEnabled,
        imap: e.imapEnabled,
        smtp: e.smtpEnabled,
        webmail: e.webmailEnabled,
      },
      allowedIps: e.allowedIps,
      catchAll: e.catchAll ?? null,
    }),
  });
