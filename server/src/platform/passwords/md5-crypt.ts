import { createHash } from 'node:crypto';
import { encodeGroups } from './crypt-base64.js';

const GROUPS = [[0, 6, 12], [1, 7, 13], [2, 8, 14], [3, 9, 15], [4, 10, 5], [11]] as const;

const md5 = (...parts: Buffer[]): Buffer => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
};

/**
 * MD5-CRYPT (`$1$`), the FreeBSD/glibc scheme. Only verified, for imported
 * mailboxes: Casella never writes new MD5-CRYPT hashes.
 */
export const md5Crypt = (password: string, salt: string): string => {
  const p = Buffer.from(password, 'utf8');
  const s = Buffer.from(salt.slice(0, 8), 'utf8');
  const magic = Buffer.from('$1$');
  let final = md5(p, s, p);
  const ctx = createHash('md5').update(p).update(magic).update(s);
  for (let len = p.length; len > 0; len -= 16) ctx.update(final.subarray(0, Math.min(len, 16)));
  for (let i = p.length; i; i >>= 1) ctx.update(i & 1 ? Buffer.from([0]) : p.subarray(0, 1));
  final = ctx.digest();
  for (let i = 0; i < 1000; i++) {
    const h = createHash('md5');
    h.update(i & 1 ? p : final);
    if (i % 3) h.update(s);
    if (i % 7) h.update(p);
    h.update(i & 1 ? final : p);
    final = h.digest();
  }
  return `$1$${s.toString('utf8')}$${encodeGroups(final, GROUPS)}`;
};

export const md5CryptAgain = (password: string, hash: string): string | null => {
  const m = /^\$1\$([^$]{0,8})\$[./0-9A-Za-z]{22}$/.exec(hash);
  return m ? md5Crypt(password, m[1]!) : null;
};
