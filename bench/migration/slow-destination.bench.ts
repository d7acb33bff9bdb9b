// Benchmark: the engine's shared destination lanes against a destination that is slow per
// connection (a remote server, a busy disk), with the same engine without lanes as the baseline.
// Run from the repository root with `pnpm bench:migration:slow` (needs root and Dovecot).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_ENGINE_SETTINGS } from '../../server/src/modules/migrations/engine/engine.types.js';
import { ImapSyncEngine } from '../../server/src/modules/migrations/engine/imap-sync.engine.js';
import { JsonFileSyncStateStore } from '../../server/src/modules/migrations/engine/json-file-sync-state.store.js';
import { dovecotAvailable, startDovecot } from '../../server/src/test/imap/dovecot-instance.js';
import { MASTER } from '../../server/src/test/imap/mailbox-fixtures.js';
import { startPacedProxy } from '../../server/src/test/imap/paced-proxy.js';
import { buildCorpus, renderItem } from './corpus.js';
import { appendLimit } from './limits.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// every connection to the destination reads 256 KB, then pauses 20 ms: about 12 MB/s each
const PACE_BYTES = 256 * 1024;
const PACE_MS = 20;
const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  if (!dovecotAvailable())
    throw new Error('This benchmark needs Dovecot and root (apt-get install -y dovecot-imapd).');
  const users = ['bench@example.com'];
  for (let r = 1; r <= ROUNDS; r++) users.push(`own-${r}@example.com`, `lanes-${r}@example.com`);
  const accounts = users.map((name) => ({ name, password: 'x' }));
  const [source, destination] = await Promise.all([
    startDovecot({
      users: accounts,
      masterUsers: [MASTER],
      separator: '.',
      mailFsync: 'optimized',
    }),
    startDovecot({
      users: accounts,
      masterUsers: [MASTER],
      separator: '/',
      mailFsync: 'optimized',
    }),
  ]);
  const proxy = await startPacedProxy(destination.host, destination.port, PACE_BYTES, PACE_MS);
  const stateRoot = mkdtempSync(path.join(tmpdir(), 'casella-bench-slow-'));
  try {
    const items = buildCorpus(MESSAGES);
    const bodies = items.map(renderItem);
    const total = bodies.reduce((n, b) => n + b.length, 0);
    const src = { host: source.host, port: source.port, separator: '.' };
    await appendLimit(src, 'bench@example.com', items, bodies, 4, 50);
    console.log(
      `corpus: ${items.length} messages, ${(total / MB).toFixed(1)} MB; destination paced to ${PACE_BYTES / 1024} KB per ${PACE_MS} ms per connection`,
    );
    const endpoint = (host: string, port: number, user: string) => ({
      serverType: 'STANDARD_NO_SSL' as const,
      host: `${host}:${port}`,
      user,
      masterUser: MASTER.name,
      masterPassword: MASTER.password,
    });
    const figures = { own: [] as number[], lanes: [] as number[] };
    const lanes = DEFAULT_ENGINE_SETTINGS.appendConnections;
    for (let r = 1; r <= ROUNDS; r++) {
      for (const kind of ['own', 'lanes'] as const) {
        const started = performance.now();
        const result = await new ImapSyncEngine().run({
          source: endpoint(source.host, source.port, 'bench@example.com'),
          destination: endpoint(proxy.host, proxy.port, `${kind}-${r}@example.com`),
          stateStore: new JsonFileSyncStateStore(path.join(stateRoot, `${kind}-${r}`)),
          settings: { appendConnections: kind === 'own' ? 0 : lanes },
        });
        const seconds = (performance.now() - started) / 1000;
        if (result.status !== 'COMPLETED' || result.log.totals.messagesCopied !== items.length)
          throw new Error(`the ${kind} run ended ${result.status}`);
        const rate = result.log.totals.bytesCopied / MB / seconds;
        figures[kind].push(rate);
        console.log(
          `[round ${r}] ${kind === 'own' ? 'baseline, each folder appends over its own connection' : `engine with ${lanes} shared lanes`}: ${rate.toFixed(1)} MB/s (${seconds.toFixed(2)} s)`,
        );
      }
    }
    console.log(
      `median: lanes ${median(figures.lanes).toFixed(1)} MB/s, baseline ${median(figures.own).toFixed(1)} MB/s`,
    );
    console.log(`speedup=${(median(figures.lanes) / median(figures.own)).toFixed(2)}`);
  } finally {
    rmSync(stateRoot, { recursive: true, force: true });
    await proxy.close();
    await Promise.all([source.stop(), destination.stop()]);
  }
}

await main();
