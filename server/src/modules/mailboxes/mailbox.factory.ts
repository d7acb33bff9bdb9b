import { POSTMASTER_LOCAL_PART, POSTMASTER_QUOTA_MB } from '@casella/shared';
import type { DomainEntity } from '../domains/domain.entity.js';
import { MailboxEntity } from './mailbox.entity.js';

export const addressOf = (localPart: string, domain: DomainEntity): string =>
  `${localPart}@${domain.name}`;

/** A mailbox on `domain` with its address and tenant path set (not yet persisted). */
export const buildMailbox = (
  domain: DomainEntity,
  localPart: string,
  passwordHash: string,
  quotaMb: number,
  maxMessages: number,
): MailboxEntity => {
  const m = new MailboxEntity();
  Object.assign(m, {
    domain,
    localPart,
    address: addressOf(localPart, domain),
    tenantPath: domain.tenantPath,
    passwordHash,
    quotaMb,
    maxMessages,
  });
  return m;
};

export const buildPostmaster = (
  domain: DomainEntity,
  passwordHash: string,
  maxMessages: number,
): MailboxEntity => {
  const m = buildMailbox(
    domain,
    POSTMASTER_LOCAL_PART,
    passwordHash,
    POSTMASTER_QUOTA_MB,
    maxMessages,
  );
  m.isPostmaster = true;
  return m;
};
