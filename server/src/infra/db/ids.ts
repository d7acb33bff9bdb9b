import { randomBytes } from 'node:crypto';

/** Object kinds and the prefix of their IDs: readable for support, opaque to everyone. */
export const ID_PREFIXES = {
  organisation: 'org',
  user: 'usr',
  session: 'ses',
  apiToken: 'tok',
  auditEntry: 'aud',
  job: 'job',
  outboxEvent: 'evt',
  domain: 'dom',
  mailbox: 'mbx',
  alias: 'als',
  domainAlias: 'dal',
  domainProfile: 'dpr',
  webhookEndpoint: 'whe',
  webhookMessage: 'msg',
  webhookDelivery: 'whd',
  webhookAttempt: 'wha',
  notificationSettings: 'nts',
} as const;
export type IdKind = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 24;
// 36^24 ≈ 2^124: unguessable, and no LIKE wildcard ever appears in a tenant path.
const ID_PATTERN = new RegExp(`^([a-z]{3})-[0-9a-z]{${RANDOM_LENGTH}}$`);

export const newId = (kind: IdKind): string => {
  const bytes = randomBytes(RANDOM_LENGTH);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 36];
  return `${ID_PREFIXES[kind]}-${out}`;
};

/** True when the string has the shape of an ID of that kind. */
export const isIdOf = (kind: IdKind, value: string): boolean => {
  const m = ID_PATTERN.exec(value);
  return m !== null && m[1] === ID_PREFIXES[kind];
};
