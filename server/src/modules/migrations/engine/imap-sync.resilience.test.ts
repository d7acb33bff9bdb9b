import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapSyncEngine } from './imap-sync.engine.js';
import { JsonFileSyncStateStore } from './json-file-sync-state.store.js';
import { MemorySyncStateStore } from './memory-sync-state.store.js';
import type { ProgressEvent } from './engine.types.js';
import { createMailbox, selectMailbox } from './imap/imap-commands.js';
import {
  startImapTestEnv,
  requireDovecot,
  USER_PASSWORD,
  type ImapTestEnv,
} from '../../../test/imap/imap-test-env.js';
import { startDovecot } from '../../../test/imap/dovecot-instance.js';
import {
  MASTER,
  fillMailbox,
  makeMessage,
  masterConnection,
  snapshotMailbox,
  standardCorpus,
  countMessages,
} from '../../../test/imap/mailbox-fixtures.js';
import { assertExactlyOnce } from '../../../test/imap/exactly-once.assert.js';
import { startFaultProxy, type FaultProxy } from '../../../test/imap/fault-proxy.js';
import { startEngineChild } from '../../../test/imap/engine-child.runner.js';

const FAST_RETRY = { retryBaseMs: 50, retryMaxMs: 300 };
const hasDovecot = requireDovecot();

describe.skipIf(!hasDovecot)('ImapSyncEngine resilience (exactly-once after faults)', () => {
  let env: ImapTestEnv;
  let srcProxy: FaultProxy;
  let dstProxy: FaultProxy;
  const engine = new ImapSyncEngine({ settings: FAST_RETRY });

  beforeAll(async () => {
    env = await startImapTestEnv([
      'cutsrc@example.com',
      'cutdst@example.com',
      'lanes@example.com',
      'killed@example.com',
      'validity@example.com',
      'limited@example.com',
      'cancel@example.com',
      { name: 'quota@example.com', password: 'x', quota: '120K' },
    ]);
    srcProxy = await startFaultProxy(env.source.host, env.source.port);
    dstProxy = await startFaultProxy(env.destination.host, env.destination.port);
  }, 60_000);

  afterAll(async () => {
    await srcProxy?.close();
    await dstProxy?.close();
    await env?.stop();
  });

  it('recovers within the run when the source connection drops mid-FETCH', async () => {
    const user = 'cutsrc@example.com';
    await fillMailbox(
      env.srcAddr,
      user,
      standardCorpus({ seed: 11, perFolder: 10, maxSize: 60_000 }),
    );
    srcProxy.arm({ direction: 'downstream', afterBytes: 600_000 });
    const events: ProgressEvent[] = [];
    const store = new MemorySyncStateStore();
    const result = await engine.run({
      source: env.sourceEndpoint(user, { host: `${srcProxy.host}:${srcProxy.port}` }),
      destination: env.destinationEndpoint(user),
      stateStore: store,
      onProgress: (e) => events.push(e),
      // tiny batches: many FETCHes pipelined on one connection
      settings: { fetchBatchMessages: 3 },
    });
    expect(srcProxy.cuts).toBe(1);
    expect(events.some((e) => e.type === 'error' && e.willRetry)).toBe(true);
    expect(result.status).toBe('COMPLETED');
    await assertExactlyOnce(env, user);
    const rerun = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(rerun.log.totals.messagesCopied).toBe(0);
    await assertExactlyOnce(env, user);
  }, 60_000);

  it('never duplicates when the destination connection drops mid-APPEND and the run is repeated', async () => {
    const user = 'cutdst@example.com';
    await fillMailbox(
      env.srcAddr,
      user,
      standardCorpus({ seed: 12, perFolder: 10, maxSize: 60_000 }),
    );
    const store = new MemorySyncStateStore();
    dstProxy.arm({ direction: 'upstream', afterBytes: 700_000 });
    const first = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user, { host: `${dstProxy.host}:${dstProxy.port}` }),
      stateStore: store,
      settings: { maxAttempts: 1 },
    });
    expect(dstProxy.cuts).toBe(1);
    expect(first.status).toBe('PARTIAL');
    const failed = first.log.folders.find((f) => f.status === 'FAILED');
    expect(failed?.error?.code).toBe('CONNECTION_LOST');
    const second = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(second.status).toBe('COMPLETED');
    await assertExactlyOnce(env, user);
  }, 60_000);

  it('spreads appends over shared destination connections when one folder keeps its own busy', async () => {
    const user = 'lanes@example.com';
    await fillMailbox(
      env.srcAddr,
      user,
      standardCorpus({ seed: 13, perFolder: 12, maxSize: 60_000 }),
    );
    const proxy = await startFaultProxy(env.destination.host, env.destination.port);
    try {
      const result = await engine.run({
        source: env.sourceEndpoint(user),
        destination: env.destinationEndpoint(user, { host: `${proxy.host}:${proxy.port}` }),
        stateStore: new MemorySyncStateStore(),
        // one folder at a time and small groups: only the shared lanes can add width
        settings: { folderConcurrency: 1, appendConnections: 2, appendBatchMessages: 2 },
      });
      expect(result.status).toBe('COMPLETED');
      await assertExactlyOnce(env, user);
      // besides the folder worker's own connection (the control session only lists), lanes carried messages
      const carrying = proxy.upstreamBytes().filter((bytes) => bytes > 50_000);
      expect(carrying.length).toBeGreaterThanOrEqual(2);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('never duplicates after the engine process is killed with SIGKILL and restarted', async () => {
    const user = 'killed@example.com';
    await fillMailbox(
      env.srcAddr,
      user,
      standardCorpus({ seed: 13, perFolder: 25, maxSize: 60_000 }),
    );
    const stateDir = mkdtempSync(path.join(tmpdir(), 'casella-state-'));
    try {
      const run = startEngineChild({
        source: env.sourceEndpoint(user),
        destination: env.destinationEndpoint(user),
        stateDir,
        settings: {
          folderConcurrency: 2,
          fetchBatchMessages: 5,
          maxInFlightBytes: 256 * 1024,
          progressIntervalMs: 0,
          stateSaveIntervalMs: 50,
        },
      });
      await run.waitFor((e) => e.type === 'progress' && e.messagesDone >= 60, 30_000);
      run.child.kill('SIGKILL');
      await run.exited;
      expect(run.events.some((e) => e.type === 'run-completed')).toBe(false);
      const partial = countMessages(await snapshotMailbox(env.dstAddr, user));
      expect(partial).toBeGreaterThan(0);

      const result = await engine.run({
        source: env.sourceEndpoint(user),
        destination: env.destinationEndpoint(user),
        stateStore: new JsonFileSyncStateStore(stateDir),
      });
      expect(result.status).toBe('COMPLETED');
      await assertExactlyOnce(env, user);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('matches by Message-ID, date and size when the source UIDVALIDITY changes', async () => {
    const user = 'validity@example.com';
    const corpus = standardCorpus({ seed: 14, perFolder: 8 });
    await fillMailbox(env.srcAddr, user, corpus);
    const store = new MemorySyncStateStore();
    const first = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(first.status).toBe('COMPLETED');

    // rebuild "Archivio" with the same messages plus one: new UIDVALIDITY, new UIDs
    const conn = await masterConnection(env.srcAddr, user);
    const before = await selectMailbox(conn, 'Archivio', true);
    await conn.command(['UNSELECT']);
    await conn.command(['DELETE "Archivio"']);
    await createMailbox(conn, 'Archivio');
    const after = await selectMailbox(conn, 'Archivio', true);
    await conn.logout();
    expect(after.uidValidity).not.toBe(before.uidValidity);
    const dateMs = Date.UTC(2023, 5, 6, 7, 8, 9);
    await fillMailbox(env.srcAddr, user, [
      ...corpus.filter((m) => m.folder === 'Archivio'),
      {
        folder: 'Archivio',
        flags: ['\\Seen'],
        internalDateMs: dateMs,
        body: makeMessage({
          messageId: 'after-rebuild@casella.test',
          subject: 'Dopo',
          dateMs,
          size: 2500,
        }),
      },
    ]);

    const second = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(second.status).toBe('COMPLETED');
    expect(second.log.totals.messagesCopied).toBe(1);
    expect(second.log.entries.some((e) => /UIDVALIDITY/.test(e.message))).toBe(true);
    await assertExactlyOnce(env, user);
  }, 60_000);

  it('stops with a QUOTA error when the destination is full and completes exactly once after space is freed', async () => {
    const user = 'quota@example.com';
    await env.source.setQuota(user, undefined); // the quota is meant for the destination only
    await fillMailbox(
      env.srcAddr,
      user,
      standardCorpus({ seed: 15, perFolder: 4, maxSize: 20_000 }),
    );
    const store = new MemorySyncStateStore();
    const first = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(first.status).toBe('FAILED');
    expect(first.error?.code).toBe('QUOTA');
    expect(first.error?.side).toBe('destination');
    await env.destination.setQuota(user, '100M');
    const second = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(second.error).toBeUndefined();
    expect(second.status).toBe('COMPLETED');
    await assertExactlyOnce(env, user);
  }, 60_000);

  // Whether the engine hits the cap depends on how many sessions it opens at once on this
  // machine, so the refusal itself is not asserted; finishing exactly once under the cap is.
  it('completes exactly once against a destination that caps sessions per user', async () => {
    const user = 'limited@example.com';
    await fillMailbox(env.srcAddr, user, standardCorpus({ seed: 16, perFolder: 5 }));
    // a destination that allows only two sessions per user and IP, like a provider limit
    const limited = await startDovecot({
      users: [{ name: user, password: USER_PASSWORD }],
      masterUsers: [MASTER],
      separator: '/',
      specialUse: {
        'Sent Items': '\\Sent',
        Drafts: '\\Drafts',
        Archive: '\\Archive',
        Trash: '\\Trash',
        Junk: '\\Junk',
      },
      maxUserIpConnections: 2,
    });
    // Another client holds one of the two allowed sessions for the whole run, so
    // every second session the engine opens is refused, whatever the timing.
    const squatter = await masterConnection(
      { host: limited.host, port: limited.port, separator: '/' },
      user,
    );
    try {
      const events: ProgressEvent[] = [];
      const result = await engine.run({
        source: env.sourceEndpoint(user),
        destination: env.destinationEndpoint(user, { host: `${limited.host}:${limited.port}` }),
        stateStore: new MemorySyncStateStore(),
        settings: { folderConcurrency: 4 },
        onProgress: (e) => events.push(e),
      });
      expect(result.error).toBeUndefined();
      expect(result.status).toBe('COMPLETED');
      await assertExactlyOnce(
        { ...env, dstAddr: { host: limited.host, port: limited.port, separator: '/' } },
        user,
      );
    } finally {
      await squatter.logout().catch(() => undefined);
      await limited.stop();
    }
  }, 60_000);

  it('stops cleanly when cancelled and completes exactly once on the next run', async () => {
    const user = 'cancel@example.com';
    await fillMailbox(
      env.srcAddr,
      user,
      standardCorpus({ seed: 17, perFolder: 20, maxSize: 30_000 }),
    );
    const store = new MemorySyncStateStore();
    const abort = new AbortController();
    const first = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
      signal: abort.signal,
      settings: {
        fetchBatchMessages: 5,
        appendBatchMessages: 2,
        progressIntervalMs: 0,
        folderConcurrency: 2,
      },
      onProgress: (e) => {
        if (e.type === 'progress' && e.messagesDone >= 20) abort.abort();
      },
    });
    expect(first.status).toBe('CANCELLED');
    expect(first.log.totals.messagesCopied).toBeLessThan(200);
    const second = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(second.status).toBe('COMPLETED');
    await assertExactlyOnce(env, user);
  }, 60_000);
});
