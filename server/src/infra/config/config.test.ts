import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults: port 4000, SQLite under ./data', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.databaseKind).toBe('sqlite');
    expect(c.sqlitePath).toMatch(/data\/casella\.sqlite$/);
    expect(c.DEMO_DATA).toBe(true);
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).databaseKind).toBe('postgresql');
  });

  it("the platform's Dovecot master user: named by default, its password checked but never echoed", () => {
    expect(loadConfig({}).MAIL_MASTER_USER).toBe('casella');
    expect(loadConfig({}).MAIL_MASTER_PASSWORD).toBeUndefined();
    expect(() => loadConfig({ MAIL_MASTER_PASSWORD: 'short-pw' })).toThrow(
      /MAIL_MASTER_PASSWORD: must be at least 12 characters \(got a hidden value\)/,
    );
    expect(() => loadConfig({ MAIL_MASTER_USER: 'Master*1' })).toThrow(/MAIL_MASTER_USER/);
  });

  it('names every bad variable, with what it got', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        DEMO_DATA: 'maybe',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const msg = (error as Error).message;
      expect(msg).toMatch(/PORT: must be a number \(got "eighty"\)/);
      expect(msg).toMatch(
        /DATABASE_URL: must be a URL starting with postgres:\/\/ or postgresql:\/\//,
      );
      expect(msg).toMatch(/DEMO_DATA: must be true or false/);
      expect(msg).toMatch(/LOG_LEVEL/);
    }
  });
});
