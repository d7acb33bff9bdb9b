import { randomInt } from 'node:crypto';
import { verificationCodeSchema, type VerificationMailbox } from '@casella/shared';
import type { EntityManager } from '../../../infra/db/orm.js';
import {
  forbidden,
  fromZodError,
  rateLimited,
  validationFailed,
} from '../../../infra/graphql/errors.js';
import { safeEqual, sha256 } from '../../../infra/security/hashing.js';
import type { DnsVerifier } from './dns-verifier.js';
import type { VerifiableEntity } from './verifiable.entity.js';

const CODE_TTL_MS = 24 * 3_600_000;
const CODE_MAX_ATTEMPTS = 5;
const CODE_RESEND_MS = 60_000;
export const FIRST_CHECK_MS = 5 * 60_000;
const MAX_CHECK_INTERVAL_MS = 24 * 3_600_000;

/** Next automatic DNS check: 5 minutes, doubling after each miss, at most a day. */
export const nextCheckDelayMs = (checks: number): number =>
  Math.min(FIRST_CHECK_MS * 2 ** checks, MAX_CHECK_INTERVAL_MS);

const codeHash = (id: string, code: string) => sha256(`${id}:${code}`);

/** What a check records on the name: the lookup, the next check and, if proven, the activation. */
export const checkOutcome = (e: VerifiableEntity) => ({
  state: e.state,
  lastCheckAt: e.lastCheckAt,
  lastCheckResult: e.lastCheckResult,
  checkCount: e.checkCount,
  nextCheckAt: e.nextCheckAt,
  verifiedAt: e.verifiedAt,
  verifiedBy: e.verifiedBy,
  emailCodeHash: e.emailCodeHash,
  emailCodeExpiresAt: e.emailCodeExpiresAt,
});

/**
 * Proves a customer owns a name (domains and domain aliases alike): an A record
 * `d<9 digits>.<name>` pointing at VERIFY_IP, or a code sent to a role address.
 * Methods change the entity; callers flush.
 */
export class OwnershipVerifier {
  constructor(
    private readonly dns: DnsVerifier,
    readonly verifyIp: string,
  ) {}

  newLabel(): string {
    return `d${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
  }

  /** Looks the record up; true when the name became ACTIVE. */
  async check(e: VerifiableEntity): Promise<boolean> {
    const result = await this.dns.lookupA(`${e.verificationLabel}.${e.name}`);
    e.lastCheckAt = new Date();
    e.lastCheckResult = result;
    e.checkCount += 1;
    if (result.seen.includes(this.verifyIp)) {
      this.activate(e, 'DNS');
      return true;
    }
    e.nextCheckAt = new Date(Date.now() + nextCheckDelayMs(e.checkCount));
    return false;
  }

  private activate(e: VerifiableEntity, by: 'DNS' | 'EMAIL'): void {
    e.state = 'ACTIVE';
    e.verifiedAt = new Date();
    e.verifiedBy = by;
    e.nextCheckAt = null;
    e.emailCodeHash = null;
    e.emailCodeExpiresAt = null;
  }

  /** A new code for `mailbox@name`; the caller mails it. */
  issueCode(e: VerifiableEntity, mailbox: VerificationMailbox): { code: string; to: string } {
    if (e.state !== 'AWAITING_VERIFICATION')
      throw forbidden('Only a name awaiting verification can be verified.');
    const sentAt = e.emailCodeExpiresAt ? e.emailCodeExpiresAt.getTime() - CODE_TTL_MS : 0;
    const wait = sentAt + CODE_RESEND_MS - Date.now();
    if (wait > 0)
      throw rateLimited(
        'A code was sent less than a minute ago; wait before sending another.',
        Math.ceil(wait / 1000),
      );
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const to = `${mailbox}@${e.name}`;
    e.emailCodeHash = codeHash(e.id, code);
    e.emailCodeSentTo = to;
    e.emailCodeExpiresAt = new Date(Date.now() + CODE_TTL_MS);
    e.emailCodeAttempts = 0;
    return { code, to };
  }

  /** Activates on the right code; a wrong one is counted (and flushed) before the error. */
  async confirm(em: EntityManager, e: VerifiableEntity, rawCode: string): Promise<void> {
    const parsed = verificationCodeSchema.safeParse(rawCode);
    if (!parsed.success) throw fromZodError(parsed.error, 'code');
    if (e.state !== 'AWAITING_VERIFICATION' || !e.emailCodeHash || !e.emailCodeExpiresAt) {
      throw validationFailed([
        { field: 'code', code: 'INVALID_VALUE', message: 'No code is pending: send one first' },
      ]);
    }
    if (e.emailCodeAttempts >= CODE_MAX_ATTEMPTS)
      throw rateLimited('Too many wrong codes: send a new one.', 0);
    if (e.emailCodeExpiresAt <= new Date()) {
      throw validationFailed([
        { field: 'code', code: 'INVALID_VALUE', message: 'The code has expired: send a new one' },
      ]);
    }
    if (!safeEqual(codeHash(e.id, parsed.data), e.emailCodeHash)) {
      e.emailCodeAttempts += 1;
      await em.flush();
      const left = CODE_MAX_ATTEMPTS - e.emailCodeAttempts;
      throw validationFailed([
        {
          field: 'code',
          code: 'MISMATCH',
          message: `Wrong code (${left} attempt${left === 1 ? '' : 's'} left)`,
        },
      ]);
    }
    this.activate(e, 'EMAIL');
  }
}
