import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id; the enum is a const enum we cannot import */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export const hashPanelPassword = (password: string): Promise<string> =>
  hash(password, ARGON2_OPTIONS);

export const verifyPanelPassword = async (hashed: string, password: string): Promise<boolean> => {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
};

/** A hash to verify against when the login is unknown, so both cases take as long. */
let dummyHash: Promise<string> | undefined;
export const dummyPanelHash = (): Promise<string> =>
  (dummyHash ??= hashPanelPassword(randomToken(16)));

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** URL-safe random secret. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const safeEqual = (a: string, b: string): boolean => {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
};
