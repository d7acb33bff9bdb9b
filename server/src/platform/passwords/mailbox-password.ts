import { safeEqual } from '../../infra/security/hashing.js';
import { md5CryptAgain } from './md5-crypt.js';
import { newSha512Crypt, sha512CryptAgain } from './sha512-crypt.js';

/** Dovecot password schemes Casella stores: what Dovecot's passdb reads back. */
export type MailboxPasswordScheme = 'SHA512-CRYPT' | 'MD5-CRYPT';

/** A stored mailbox password: `{SCHEME}hash`, exactly as Dovecot expects it. */
export const hashMailboxPassword = (password: string): string =>
  `{SHA512-CRYPT}${newSha512Crypt(password)}`;

/**
 * Accepts a hash supplied instead of a password (imports, API): `$1$…` or `$6$…`,
 * with or without a `{SCHEME}` prefix. Returns the stored form, or null when the
 * string is not such a hash.
 */
export const normaliseSuppliedHash = (value: string): string | null => {
  const m = /^(?:\{([A-Z0-9-]+)\})?(\$[16]\$.+)$/.exec(value.trim());
  if (!m) return null;
  const [, scheme, hash] = m;
  if (/^\$6\$(?:rounds=\d+\$)?[^$]{0,16}\$[./0-9A-Za-z]{86}$/.test(hash!)) {
    return !scheme || scheme === 'SHA512-CRYPT' || scheme === 'CRYPT'
      ? `{SHA512-CRYPT}${hash}`
      : null;
  }
  if (/^\$1\$[^$]{0,8}\$[./0-9A-Za-z]{22}$/.test(hash!)) {
    return !scheme || scheme === 'MD5-CRYPT' || scheme === 'CRYPT' ? `{MD5-CRYPT}${hash}` : null;
  }
  return null;
};

export const schemeOf = (stored: string): MailboxPasswordScheme | null => {
  const m = /^\{(SHA512-CRYPT|MD5-CRYPT)\}/.exec(stored);
  return m ? (m[1] as MailboxPasswordScheme) : null;
};

/** Checks a password against a stored `{SCHEME}hash`. */
export const verifyMailboxPassword = (stored: string, password: string): boolean => {
  const scheme = schemeOf(stored);
  const hash = stored.replace(/^\{[^}]+\}/, '');
  const again =
    scheme === 'SHA512-CRYPT'
      ? sha512CryptAgain(password, hash)
      : scheme === 'MD5-CRYPT'
        ? md5CryptAgain(password, hash)
        : null;
  return again !== null && safeEqual(again, hash);
};
