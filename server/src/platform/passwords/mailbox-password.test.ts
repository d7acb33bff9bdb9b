import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hashMailboxPassword,
  normaliseSuppliedHash,
  verifyMailboxPassword,
} from './mailbox-password.js';
import { md5Crypt } from './md5-crypt.js';
import { sha512Crypt } from './sha512-crypt.js';

const DOVEADM = '/usr/bin/doveadm';

describe('Dovecot password schemes', () => {
  it("computes SHA512-CRYPT as in Drepper's specification", () => {
    expect(sha512Crypt('Hello world!', 'saltstring')).toBe(
      '$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1',
    );
    expect(sha512Crypt('Hello world!', 'saltstringsaltstring', 10000)).toBe(
      '$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.',
    );
    expect(
      sha512Crypt(
        'a very much longer text to encrypt.  This one even stretches over morethan one line.',
        'anotherlongsaltstring',
        1400,
      ),
    ).toBe(
      '$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiDwGqd8p4ur1',
    );
  });

  it('computes MD5-CRYPT like openssl passwd -1', () => {
    expect(md5Crypt('password', 'saltsalt')).toBe('$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/');
    const viaOpenssl = execFileSync('openssl', ['passwd', '-1', '-salt', 'Ab3.xY/z', 'pässwörd 1'])
      .toString()
      .trim();
    expect(md5Crypt('pässwörd 1', 'Ab3.xY/z')).toBe(viaOpenssl);
  });

  it('stores new passwords as {SHA512-CRYPT} with a fresh salt, and verifies them', () => {
    const a = hashMailboxPassword('Segreto-2026');
    const b = hashMailboxPassword('Segreto-2026');
    expect(a).toMatch(/^\{SHA512-CRYPT\}\$6\$[./0-9A-Za-z]{16}\$[./0-9A-Za-z]{86}$/);
    expect(a).not.toBe(b);
    expect(verifyMailboxPassword(a, 'Segreto-2026')).toBe(true);
    expect(verifyMailboxPassword(a, 'segreto-2026')).toBe(false);
  });

  it('accepts supplied $1$ and $6$ hashes with or without a scheme prefix, and nothing else', () => {
    const six = sha512Crypt('x', 'abcdefgh');
    expect(normaliseSuppliedHash(six)).toBe(`{SHA512-CRYPT}${six}`);
    expect(normaliseSuppliedHash(`{SHA512-CRYPT}${six}`)).toBe(`{SHA512-CRYPT}${six}`);
    expect(normaliseSuppliedHash('$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/')).toBe(
      '{MD5-CRYPT}$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/',
    );
    expect(normaliseSuppliedHash('{MD5-CRYPT}$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/')).toBe(
      '{MD5-CRYPT}$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/',
    );
    expect(normaliseSuppliedHash('{SHA512-CRYPT}$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/')).toBeNull();
    for (const bad of [
      'plain-password',
      '$2y$10$abcdefghijklmnopqrstuu',
      '$6$short$abc',
      '{PLAIN}secret',
    ]) {
      expect(normaliseSuppliedHash(bad)).toBeNull();
    }
    expect(verifyMailboxPassword('{MD5-CRYPT}$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/', 'password')).toBe(
      true,
    );
  });

  it.skipIf(!fs.existsSync(DOVEADM) && process.env.CI !== 'true')(
    'Dovecot itself accepts the hashes (doveadm pw -t)',
    () => {
      const stored = hashMailboxPassword('Dovecot-check-1');
      const out = execFileSync(DOVEADM, ['pw', '-t', stored, '-p', 'Dovecot-check-1']).toString();
      expect(out).toMatch(/verified/);
      expect(() =>
        execFileSync(DOVEADM, ['pw', '-t', stored, '-p', 'wrong'], { stdio: 'pipe' }),
      ).toThrow();
      const reference = execFileSync(DOVEADM, ['pw', '-s', 'SHA512-CRYPT', '-p', 'From-Dovecot-1'])
        .toString()
        .trim();
      expect(verifyMailboxPassword(reference, 'From-Dovecot-1')).toBe(true);
    },
  );
});
