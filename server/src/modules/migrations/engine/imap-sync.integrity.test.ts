import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapSyncEngine } from './imap-sync.engine.js';
import { MemorySyncStateStore } from './memory-sync-state.store.js';
import {
  startImapTestEnv,
  requireDovecot,
  USER_PASSWORD,
  type ImapTestEnv,
} from '../../../test/imap/imap-test-env.js';
import { startDovecot, type DovecotInstance } from '../../../test/imap/dovecot-instance.js';
import {
  MASTER,
  bodyDigests,
  fillMailbox,
  makeRandomMessage,
  mulberry32,
  type FixtureMessage,
} from '../../../test/imap/mailbox-fixtures.js';
import { startPacedProxy, type PacedProxy } from '../../../test/imap/paced-proxy.js';

const hasDovecot = requireDovecot();
const USER = 'bytes@example.com';
const FOLDERS = ['INBOX', 'Lavoro', 'Allegati'];

describe.skipIf(!hasDovecot)('ImapSyncEngine copies bodies byte for byte', () => {
  let env: ImapTestEnv;
  let slowDestination: PacedProxy;
  let plainSource: DovecotInstance;

  beforeAll(async () => {
    env = await startImapTestEnv([USER]);
    // no TLS on the source: bodies then arrive through the pooled read memory
    plainSource = await startDovecot({
      users: [{ name: USER, password: USER_PASSWORD }],
      masterUsers: [MASTER],
      separator: '.',
    });
    slowDestination = await startPacedProxy(
      env.destination.host,
      env.destination.port,
      3 * 1024 * 1024,
      800,
    );
  }, 60_000);

  afterAll(async () => {
    await slowDestination?.close();
    await plainSource?.stop();
    await env?.stop();
  });

  // Bodies travel as views of pooled read memory that is reused once appended: a slab
  // recycled too early would put another message's bytes on the destination. The
  // destination reads slowly, so APPEND data waits in the engine's socket buffers.
  it('keeps every body intact while read memory is recycled', async () => {
    const rnd = mulberry32(41);
    const messages: FixtureMessage[] = Array.from({ length: 60 }, (_, i) => {
      const dateMs = Date.UTC(2020, 0, 1) + i * 86_400_000;
      // 2 KB to 2.5 MB, so bodies both share slabs and span several of them
      const size = Math.round(Math.exp(Math.log(2048) + rnd() * Math.log(1250)));
      return {
        folder: FOLDERS[i % FOLDERS.length] ?? 'INBOX',
        flags: [],
        internalDateMs: dateMs,
        body: makeRandomMessage({ seed: `b${i}`, dateMs, size }),
      };
    });
    const srcAddr = { host: plainSource.host, port: plainSource.port, separator: '.' };
    await fillMailbox(srcAddr, USER, messages);
    const result = await new ImapSyncEngine().run({
      source: env.sourceEndpoint(USER, { host: `${plainSource.host}:${plainSource.port}` }),
      destination: env.destinationEndpoint(USER, {
        host: `${slowDestination.host}:${slowDestination.port}`,
      }),
      stateStore: new MemorySyncStateStore(),
      settings: {
        // the source runs ahead of the slow destination by several slabs
        folderConcurrency: 2,
        maxInFlightBytes: 16 * 1024 * 1024,
        fetchBatchBytes: 1024 * 1024,
        appendBatchBytes: 512 * 1024,
      },
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('COMPLETED');
    const source = await bodyDigests(srcAddr, USER, FOLDERS);
    const destination = await bodyDigests(env.dstAddr, USER, FOLDERS);
    expect([...source.values()].flat()).toHaveLength(messages.length);
    expect(destination).toEqual(source);
  }, 60_000);
});
