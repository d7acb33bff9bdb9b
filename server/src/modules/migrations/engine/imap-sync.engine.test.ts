import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapSyncEngine } from './imap-sync.engine.js';
import { MemorySyncStateStore } from './memory-sync-state.store.js';
import type { ProgressEvent } from './engine.types.js';
import {
  startImapTestEnv,
  requireDovecot,
  type ImapTestEnv,
} from '../../../test/imap/imap-test-env.js';
import {
  EXCLUDED_SOURCE,
  countMessages,
  fillMailbox,
  makeMessage,
  snapshotMailbox,
  standardCorpus,
} from '../../../test/imap/mailbox-fixtures.js';
import { assertExactlyOnce } from '../../../test/imap/exactly-once.assert.js';

const FAST_RETRY = { retryBaseMs: 50, retryMaxMs: 500 };
const hasDovecot = requireDovecot();

describe.skipIf(!hasDovecot)('ImapSyncEngine against Dovecot', () => {
  let env: ImapTestEnv;
  const engine = new ImapSyncEngine({ settings: FAST_RETRY });

  beforeAll(async () => {
    env = await startImapTestEnv([
      'full@example.com',
      'survey@example.com',
      'dated@example.com',
      'small@example.com',
    ]);
  }, 60_000);

  afterAll(async () => {
    await env?.stop();
  });

  it('copies a full mailbox, then only what is new', async () => {
    const user = 'full@example.com';
    await fillMailbox(env.srcAddr, user, standardCorpus({ seed: 1, bigMessage: true }));
    const store = new MemorySyncStateStore();
    const events: ProgressEvent[] = [];
    const first = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
      onProgress: (e) => events.push(e),
    });
    expect(first.error).toBeUndefined();
    expect(first.status).toBe('COMPLETED_WITH_SKIPS');
    await assertExactlyOnce(env, user);

    const skipped = first.log.folders.flatMap((f) => f.skipped);
    expect(skipped).toEqual([expect.objectContaining({ reason: 'TOO_LARGE' })]);
    expect(events.some((e) => e.type === 'message-skipped' && e.reason === 'TOO_LARGE')).toBe(true);
    const excluded = first.log.folders
      .filter((f) => f.status === 'EXCLUDED')
      .map((f) => f.source.replace(/\./g, '/'));
    expect(excluded.sort()).toEqual([...EXCLUDED_SOURCE].sort());
    expect(events.at(-1)).toMatchObject({ type: 'run-completed', status: 'COMPLETED_WITH_SKIPS' });

    const dateMs = Date.UTC(2024, 0, 2, 3, 4, 5);
    await fillMailbox(env.srcAddr, user, [
      {
        folder: 'INBOX',
        flags: ['\\Seen'],
        internalDateMs: dateMs,
        body: makeMessage({
          messageId: 'new-1@casella.test',
          subject: 'Nuovo 1',
          dateMs,
          size: 3000,
        }),
      },
      {
        folder: 'INBOX',
        flags: [],
        internalDateMs: dateMs,
        body: makeMessage({
          messageId: 'new-2@casella.test',
          subject: 'Nuovo 2',
          dateMs,
          size: 5000,
        }),
      },
      {
        folder: 'Lavoro/Progetti 2024/Città',
        flags: ['custom_kw'],
        internalDateMs: dateMs,
        body: makeMessage({ subject: 'Nuovo senza id', dateMs, size: 7000 }),
      },
    ]);
    const second = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(second.log.totals.messagesCopied).toBe(3);
    await assertExactlyOnce(env, user);

    const third = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: store,
    });
    expect(third.log.totals.messagesCopied).toBe(0);
    expect(
      third.log.folders
        .filter((f) => f.status !== 'EXCLUDED')
        .every((f) => f.status === 'UP_TO_DATE'),
    ).toBe(true);

    // lost state: Message-ID/date/size matching finds everything already there
    const fresh = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: new MemorySyncStateStore(),
    });
    expect(fresh.log.totals.messagesCopied).toBe(0);
    await assertExactlyOnce(env, user);
    expect(countMessages(await snapshotMailbox(env.dstAddr, user))).toBeGreaterThan(60);
  }, 120_000);

  it('surveys folders with counts, sizes, exclusions and an estimate', async () => {
    const user = 'survey@example.com';
    await fillMailbox(env.srcAddr, user, standardCorpus({ seed: 3, perFolder: 3 }));
    const survey = await engine.survey(env.sourceEndpoint(user));
    const inbox = survey.folders.find((f) => f.name === 'INBOX');
    expect(inbox?.messages).toBe(8); // 3 generated + 3 duplicate Message-IDs + 2 without Message-ID
    expect(inbox?.bytes).toBeGreaterThan(0);
    expect(survey.folders.find((f) => f.name === 'Cestino')?.excluded).toMatch(/trash/);
    expect(survey.folders.find((f) => f.name === 'Cestino.Vecchi')?.excluded).toMatch(/inside/);
    expect(survey.folders.find((f) => f.name === 'Robaccia')?.excluded).toMatch(
      /junk \(special-use\)/,
    );
    expect(survey.folders.find((f) => f.name === 'Lavoro.Progetti 2024.Città')?.messages).toBe(3);
    expect(survey.messagesToCopy).toBeLessThan(survey.totalMessages);
    expect(survey.estimatedSeconds).toBeGreaterThan(0);
    const validation = await engine.validate(env.destinationEndpoint(user), 'destination');
    expect(validation).toMatchObject({ ok: true, delimiter: '/' });
  }, 30_000);

  it('refuses a second concurrent run of the same mailbox pair', async () => {
    const user = 'survey@example.com';
    const options = {
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: new MemorySyncStateStore(),
    };
    const [a, b] = await Promise.all([engine.run(options), engine.run(options)]);
    expect([a.status, b.status]).toContain('FAILED');
    expect([a.error?.code, b.error?.code]).toContain('ALREADY_RUNNING');
  }, 30_000);

  it('copies a small mailbox over one login per side', async () => {
    const user = 'small@example.com';
    const logins = (log: string): number =>
      log.split('\n').filter((l) => l.includes(`Login: user=<${user}>`)).length;
    const message = (n: number) => {
      const dateMs = Date.UTC(2024, 1, n);
      const body = makeMessage({
        messageId: `small-${n}@casella.test`,
        subject: `Piccolo ${n}`,
        dateMs,
        size: 2000,
      });
      return { folder: 'INBOX', flags: [], internalDateMs: dateMs, body };
    };
    await fillMailbox(env.srcAddr, user, [message(1), message(2)], []);
    const before = { src: logins(env.source.log()), dst: logins(env.destination.log()) };
    // one folder worker and no extra append lanes: the sessions that checked both sides copy too
    const result = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: new MemorySyncStateStore(),
      settings: { folderConcurrency: 1, appendConnections: 0 },
    });
    expect(result.status).toBe('COMPLETED');
    expect(result.log.totals.messagesCopied).toBe(2);
    expect(logins(env.source.log()) - before.src).toBe(1);
    expect(logins(env.destination.log()) - before.dst).toBe(1);
  }, 30_000);

  it('copies only messages inside the date filter', async () => {
    const user = 'dated@example.com';
    const since = new Date(Date.UTC(2018, 0, 1));
    const corpus = standardCorpus({ seed: 4, perFolder: 6 });
    await fillMailbox(env.srcAddr, user, corpus);
    const result = await engine.run({
      source: env.sourceEndpoint(user),
      destination: env.destinationEndpoint(user),
      stateStore: new MemorySyncStateStore(),
      dateFilter: { since },
    });
    expect(result.status).toBe('COMPLETED');
    const copiedFolders = new Set([
      'INBOX',
      'Sent',
      'Bozze',
      'Archivio',
      'Lavoro',
      'Lavoro/Progetti 2024',
      'Lavoro/Progetti 2024/Città',
      'Café & Crème',
      '日本語',
      'Allegati',
    ]);
    const expected = corpus.filter(
      (m) => copiedFolders.has(m.folder) && m.internalDateMs >= since.getTime() + 86_400_000,
    ).length;
    const upper = corpus.filter(
      (m) => copiedFolders.has(m.folder) && m.internalDateMs >= since.getTime() - 86_400_000,
    ).length;
    const copied = countMessages(await snapshotMailbox(env.dstAddr, user));
    expect(copied).toBeGreaterThanOrEqual(expected);
    expect(copied).toBeLessThanOrEqual(upper);
    expect(copied).toBeGreaterThan(0);
  }, 30_000);
});
