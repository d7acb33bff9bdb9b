import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapSyncEngine } from './imap-sync.engine.js';
import { MemorySyncStateStore } from './memory-sync-state.store.js';
import type { ProgressEvent } from './engine.types.js';
import {
  startImapTestEnv,
  requireDovecot,
  USER_PASSWORD,
  type ImapTestEnv,
} from '../../../test/imap/imap-test-env.js';
import { startDovecot, type DovecotInstance } from '../../../test/imap/dovecot-instance.js';
import {
  MASTER,
  fillMailbox,
  masterConnection,
  standardCorpus,
} from '../../../test/imap/mailbox-fixtures.js';
import { assertExactlyOnce } from '../../../test/imap/exactly-once.assert.js';

const hasDovecot = requireDovecot();
const USER = 'first@example.com';

describe.skipIf(!hasDovecot)('ImapSyncEngine when the destination throttles from the start', () => {
  let env: ImapTestEnv;
  let limited: DovecotInstance;

  beforeAll(async () => {
    env = await startImapTestEnv([USER]);
    // one session per user and IP, like a provider's connection cap
    limited = await startDovecot({
      users: [{ name: USER, password: USER_PASSWORD }],
      masterUsers: [MASTER],
      separator: '/',
      specialUse: {
        'Sent Items': '\\Sent',
        Drafts: '\\Drafts',
        Archive: '\\Archive',
        Trash: '\\Trash',
        Junk: '\\Junk',
      },
      maxUserIpConnections: 1,
    });
  }, 60_000);

  afterAll(async () => {
    await limited?.stop();
    await env?.stop();
  });

  it('backs off when the very first destination session is refused, then completes exactly once', async () => {
    await fillMailbox(env.srcAddr, USER, standardCorpus({ seed: 31, perFolder: 3 }));
    const dstAddr = { host: limited.host, port: limited.port, separator: '/' };
    // another client holds the only allowed session when the run starts, then leaves
    const squatter = await masterConnection(dstAddr, USER);
    const leave = new Promise<void>((resolve) =>
      setTimeout(() => void squatter.logout().then(resolve, resolve), 700),
    );
    const events: ProgressEvent[] = [];
    try {
      const result = await new ImapSyncEngine().run({
        source: env.sourceEndpoint(USER),
        destination: env.destinationEndpoint(USER, { host: `${limited.host}:${limited.port}` }),
        stateStore: new MemorySyncStateStore(),
        settings: { retryBaseMs: 50, retryMaxMs: 400, maxAttempts: 10, folderConcurrency: 2 },
        onProgress: (e) => events.push(e),
      });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe('COMPLETED');
    } finally {
      await leave;
    }
    const started = events.findIndex((e) => e.type === 'run-started');
    const refusals = events
      .slice(0, started)
      .filter((e) => e.type === 'error' && e.willRetry && e.error.code === 'THROTTLED');
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toMatchObject({ error: { side: 'destination' } });
    await assertExactlyOnce({ ...env, dstAddr }, USER);
  }, 60_000);
});
