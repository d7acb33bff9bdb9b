import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger/logger.js';
import { loadSecretKey, SecretBox } from './secret-box.js';

const logger = createLogger('silent');

describe('the secret box', () => {
  it('seals a secret so that only its key opens it, and notices tampering', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('whsec_c2VjcmV0');
    expect(sealed).not.toContain('c2VjcmV0');
    expect(box.seal('whsec_c2VjcmV0')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('whsec_c2VjcmV0');
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
    const [v, iv, data, tag] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([v, iv, flipped.toString('base64url'), tag].join('.'))).toThrow();
  });

  it('keeps a generated key in the data folder, so a restart reads what it sealed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-key-'));
    try {
      const config = { DATA_DIR: dir, SECRETS_KEY: undefined, DATABASE_URL: undefined };
      const sealed = new SecretBox(loadSecretKey(config, logger)).seal('kept');
      expect(new SecretBox(loadSecretKey(config, logger)).open(sealed)).toBe('kept');
      expect(fs.statSync(path.join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
      const given = randomBytes(32).toString('base64');
      expect(loadSecretKey({ ...config, SECRETS_KEY: given }, logger)).toEqual(
        Buffer.from(given, 'base64'),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
