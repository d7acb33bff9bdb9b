import { createHash, randomBytes } from 'node:crypto';
import { encodeGroups, randomCryptSalt } from './crypt-base64.js';

const ROUNDS_DEFAULT = 5000;
const ROUNDS_MIN = 1000;
const ROUNDS_MAX = 999_999_999;

// Byte order of the final digest in the encoded hash (Drepper's SHA-crypt spec).
const GROUPS = [
  [0, 21, 42],
  [22, 43, 1],
  [44, 2, 23],
  [3, 24, 45],
  [25, 46, 4],
  [47, 5, 26],
  [6, 27, 48],
  [28, 49, 7],
  [50, 8, 29],
  [9, 30, 51],
  [31, 52, 10],
  [53, 11, 32],
  [12, 33, 54],
  [34, 55, 13],
  [56, 14, 35],
  [15, 36, 57],
  [37, 58, 16],
  [59, 17, 38],
  [18, 39, 60],
  [40, 61, 19],
  [62, 20, 41],
  [63],
] as const;

const sha512 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha512');
  for (const p of parts) h.update(p);
  return h.digest();
};

/** `length` bytes of `block` repeated. */
const stretch = (block: Buffer, length: number): Buffer => {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i += block.length)
    block.copy(out, i, 0, Math.min(block.length, length - i));
  return out;
};

/**
 * SHA512-CRYPT (`$6$`), as glibc's crypt(3) and Dovecot compute it.
 * `rounds` is written into the hash only when it was given explicitly.
 */
export const sha512Crypt = (password: string, salt: string, rounds?: number): string => {
  const p = Buffer.from(password, 'utf8');
  const s = Buffer.from(salt.slice(0, 16), 'utf8');
  const n =
    rounds === undefined ? ROUNDS_DEFAULT : Math.min(ROUNDS_MAX, Math.max(ROUNDS_MIN, rounds));

  const b = sha512(p, s, p);
  const a = createHash('sha512').update(p).update(s);
  a.update(stretch(b, p.length));
  for (let len = p.length; len > 0; len >>= 1) a.update(len & 1 ? b : p);
  let c = a.digest();

  const dp = sha512(...Array.from({ length: p.length }, () => p));
  const pBytes = stretch(dp, p.length);
  const ds = sha512(...Array.from({ length: 16 + c[0]! }, () => s));
  const sBytes = stretch(ds, s.length);

  for (let r = 0; r < n; r++) {
    const h = createHash('sha512');
    h.update(r & 1 ? pBytes : c);
    if (r % 3) h.update(sBytes);
    if (r % 7) h.update(pBytes);
    h.update(r & 1 ? c : pBytes);
    c = h.digest();
  }
  const prefix =
    rounds === undefined ? `$6$${s.toString('utf8')}` : `$6$rounds=${n}$${s.toString('utf8')}`;
  return `${prefix}$${encodeGroups(c, GROUPS)}`;
};

/** A new SHA512-CRYPT hash with a random 16-character salt. */
export const newSha512Crypt = (password: string): string =>
  sha512Crypt(password, randomCryptSalt(16, randomBytes));

/** Recomputes `hash` (a `$6$…` string) for `password`; null when the hash is malformed. */
export const sha512CryptAgain = (password: string, hash: string): string | null => {
  const m = /^\$6\$(?:rounds=(\d+)\$)?([^$]{0,16})\$[./0-9A-Za-z]{86}$/.exec(hash);
  if (!m) return null;
  return sha512Crypt(password, m[2]!, m[1] === undefined ? undefined : Number(m[1]));
};
