import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapSyncEngine } from './imap-sync.engine.js';
import { MemorySyncStateStore } from './memory-sync-state.store.js';
import type { ImapEndpoint } from './engine.types.js';
import {
  startImapTestEnv,
  requireDovecot,
  USER_PASSWORD,
  type ImapTestEnv,
} from '../../../test/imap/imap-test-env.js';
import {
  countMessages,
  fillMailbox,
  snapshotMailbox,
  standardCorpus,
} from '../../../test/imap/mailbox-fixtures.js';
import { DEST_AUTO_FOLDERS } from '../../../test/imap/exactly-once.assert.js';
import {
  closedPort,
  startNonImapServer,
  type FakeServer,
} from '../../../test/imap/fake-servers.js';

const hasDovecot = requireDovecot();

describe.skipIf(!hasDovecot)('ImapSyncEngine input errors', { timeout: 20_000 }, () => {
  let env: ImapTestEnv;
  let smtpLike: FakeServer;
  let silent: FakeServer;
  const engine = new ImapSyncEngine({
    settings: { connectTimeoutMs: 1500, retryBaseMs: 20, retryMaxMs: 50 },
  });
  const user = 'bad@example.com';

  beforeAll(async () => {
    env = await startImapTestEnv([user]);
    smtpLike = await startNonImapServer('220 mail.example.com ESMTP Postfix\r\n');
    silent = await startNonImapServer('');
    await fillMailbox(env.srcAddr, user, standardCorpus({ seed: 21, perFolder: 2 }));
  }, 60_000);

  afterAll(async () => {
    await smtpLike?.close();
    await silent?.close();
    await env?.stop();
  });

  /** Runs a copy expected to fail before writing anything. */
  async function expectRunFails(
    source: ImapEndpoint,
    destination: ImapEndpoint,
    code: string,
    side: 'source' | 'destination',
  ): Promise<void> {
    const result = await engine.run({
      source,
      destination,
      stateStore: new MemorySyncStateStore(),
    });
    expect(result.status).toBe('FAILED');
    expect(result.error).toMatchObject({ code, side });
    expect(result.error?.message.length).toBeGreaterThan(10);
    const dest = await snapshotMailbox(env.dstAddr, user);
    expect(countMessages(dest)).toBe(0);
    expect([...dest.keys()].every((f) => f === 'INBOX' || DEST_AUTO_FOLDERS.includes(f))).toBe(
      true,
    );
  }

  it('rejects a wrong source password (plain login) with AUTH and writes nothing', async () => {
    const source = env.sourceEndpoint(user, {
      masterUser: undefined,
      masterPassword: undefined,
      password: 'wrong',
    });
    await expectRunFails(source, env.destinationEndpoint(user), 'AUTH', 'source');
  });

  it('rejects a wrong master password with AUTH', async () => {
    await expectRunFails(
      env.sourceEndpoint(user, { masterPassword: 'nope' }),
      env.destinationEndpoint(user),
      'AUTH',
      'source',
    );
  });

  it('accepts a correct plain login on validate', async () => {
    const result = await engine.validate(
      env.sourceEndpoint(user, {
        masterUser: undefined,
        masterPassword: undefined,
        password: USER_PASSWORD,
      }),
    );
    expect(result).toMatchObject({ ok: true, delimiter: '.' });
  });

  it('upgrades with STARTTLS when the server offers it (STANDARD_NO_SSL)', async () => {
    const result = await engine.validate(env.sourceEndpoint(user));
    expect(result.ok).toBe(true);
    // Dovecot stops advertising STARTTLS and LOGINDISABLED once the session is encrypted
    if (result.ok) expect(result.capabilities).not.toContain('STARTTLS');
    expect(env.source.log()).toMatch(/Login: user=<bad@example.com>.*TLS/);
  });

  it('reports an unreachable host as CONNECT', async () => {
    const port = await closedPort();
    await expectRunFails(
      env.sourceEndpoint(user, { host: `127.0.0.1:${port}` }),
      env.destinationEndpoint(user),
      'CONNECT',
      'source',
    );
  });

  it('reports an unknown host name as DNS', async () => {
    const result = await engine.validate(
      env.sourceEndpoint(user, { host: 'no-such-host.invalid' }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'DNS', side: 'source' } });
  });

  it('reports a missing host on either side as DNS, before connecting anywhere', async () => {
    await expectRunFails(
      env.sourceEndpoint(user, { host: '' }),
      env.destinationEndpoint(user),
      'DNS',
      'source',
    );
    await expectRunFails(
      env.sourceEndpoint(user),
      env.destinationEndpoint(user, { host: '' }),
      'DNS',
      'destination',
    );
  });

  it('reports TLS to a plain port as TLS', async () => {
    await expectRunFails(
      env.sourceEndpoint(user, {
        serverType: 'STANDARD_SSL',
        host: `127.0.0.1:${env.source.port}`,
      }),
      env.destinationEndpoint(user),
      'TLS',
      'source',
    );
  });

  it('refuses a self-signed certificate unless explicitly allowed', async () => {
    const host = `127.0.0.1:${env.source.tlsPort}`;
    const strict = await engine.validate(
      env.sourceEndpoint(user, {
        serverType: 'STANDARD_SSL',
        host,
        allowInvalidCertificates: false,
      }),
    );
    expect(strict).toMatchObject({ ok: false, error: { code: 'TLS' } });
    const relaxed = await engine.validate(
      env.sourceEndpoint(user, {
        serverType: 'STANDARD_SSL',
        host,
        allowInvalidCertificates: true,
      }),
    );
    expect(relaxed.ok).toBe(true);
  });

  it('reports a server that greets with something else as NOT_IMAP', async () => {
    await expectRunFails(
      env.sourceEndpoint(user, { host: `127.0.0.1:${smtpLike.port}` }),
      env.destinationEndpoint(user),
      'NOT_IMAP',
      'source',
    );
  });

  it('reports a server that never greets as NOT_IMAP', async () => {
    const result = await engine.validate(
      env.sourceEndpoint(user, { host: `127.0.0.1:${silent.port}` }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_IMAP' } });
  });

  it('reports a non-existent destination mailbox as AUTH on the destination side', async () => {
    const result = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint('ghost@example.com'),
      stateStore: new MemorySyncStateStore(),
    });
    expect(result.status).toBe('FAILED');
    expect(result.error).toMatchObject({ code: 'AUTH', side: 'destination' });
    expect(result.error?.message).toMatch(/ghost@example.com/);
    expect(countMessages(await snapshotMailbox(env.dstAddr, user))).toBe(0);
  });
});
