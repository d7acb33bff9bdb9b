import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { ConfigError, loadConfig, REPO_ROOT, SETTING_NAMES } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults: port 4000, SQLite under ./data', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.databaseKind).toBe('sqlite');
    expect(c.sqlitePath).toMatch(/data\/casella\.sqlite$/);
    expect(c.DEMO_DATA).toBe(true);
  });

  it('reads relative folders from the working directory, as the README writes them', () => {
    const c = loadConfig({ WEB_DIST: './web/dist', DATA_DIR: 'data' });
    expect(c.WEB_DIST).toBe(path.resolve('web/dist'));
    expect(c.DATA_DIR).toBe(path.resolve('data'));
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

  it("reads the platform's MX hosts, most preferred first, and how often each domain is checked", () => {
    expect(loadConfig({}).MAIL_MX_HOSTS).toEqual(['mx1.casella.local', 'mx2.casella.local']);
    expect(loadConfig({}).MX_CHECK_HOURS).toBe(24);
    expect(
      loadConfig({ MAIL_MX_HOSTS: ' MX.Example.net., mx-b.example.net' }).MAIL_MX_HOSTS,
    ).toEqual(['mx.example.net', 'mx-b.example.net']);
    expect(() => loadConfig({ MAIL_MX_HOSTS: 'mx.example.net,not a host' })).toThrow(
      /MAIL_MX_HOSTS: must be a comma-separated list of host names/,
    );
    expect(() => loadConfig({ MAIL_MX_HOSTS: ' , ' })).toThrow(/MAIL_MX_HOSTS/);
    expect(() => loadConfig({ MX_CHECK_HOURS: '0' })).toThrow(/MX_CHECK_HOURS: must be at least 1/);
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

  it('reads the webhook settings: networks allowed, timeout, retry base, secrets key', () => {
    const c = loadConfig({ WEBHOOKS_ALLOWED_NETWORKS: '127.0.0.0/8, fd00::/8,192.0.2.7' });
    expect(c.WEBHOOKS_ALLOWED_NETWORKS).toEqual(['127.0.0.0/8', 'fd00::/8', '192.0.2.7']);
    expect(loadConfig({}).WEBHOOKS_ALLOWED_NETWORKS).toEqual([]);
    expect(loadConfig({}).WEBHOOKS_RETRY_BASE_MS).toBe(5000);
    expect(() =>
      loadConfig({ WEBHOOKS_ALLOWED_NETWORKS: '10.0.0.0/33', SECRETS_KEY: 'short' }),
    ).toThrow(
      /WEBHOOKS_ALLOWED_NETWORKS: must be a comma-separated list of networks[\s\S]*SECRETS_KEY: must be 32 random bytes/,
    );
  });

  it('reads the quota settings: the message limit of new mailboxes and the check interval', () => {
    expect(loadConfig({}).MAILBOX_MAX_MESSAGES).toBe(1_000_000);
    expect(loadConfig({}).QUOTA_CHECK_SECONDS).toBe(60);
    expect(loadConfig({ MAILBOX_MAX_MESSAGES: '50000' }).MAILBOX_MAX_MESSAGES).toBe(50_000);
    expect(() => loadConfig({ MAILBOX_MAX_MESSAGES: '0', QUOTA_CHECK_SECONDS: 'often' })).toThrow(
      /MAILBOX_MAX_MESSAGES: must be at least 1[\s\S]*QUOTA_CHECK_SECONDS: must be a number/,
    );
  });

  it("the README's settings table lists every setting the server reads", () => {
    const readme = fs.readFileSync(`${REPO_ROOT}/README.md`, 'utf8');
    const settings = readme.slice(readme.indexOf('## Settings'));
    const listed = new Set([...settings.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((m) => m[1]));
    expect(SETTING_NAMES.filter((name) => !listed.has(name))).toEqual([]);
  });
});
