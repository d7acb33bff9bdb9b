// Benchmark: engine throughput against the source FETCH ceiling and the destination APPEND ceiling.
// Run from the repository root with `pnpm bench:migration` (needs root and Dovecot).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { statusMailbox, listMailboxes } from '../../server/src/modules/migrations/engine/imap/imap-commands.js';
import { dovecotAvailable, startDovecot } from '../../server/src/test/imap/dovecot-instance.js';
import { MASTER, masterConnection, type ServerAddress } from '../../server/src/test/imap/mailbox-fixtures.js';
import { BENCH_FOLDERS, buildCorpus, renderItem } from './corpus.js';
import { appendLimit, fetchLimit, type Throughput } from './limits.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 5000);
const WORKERS = 4; // same as the engine's default folder concurrency
const MB = 1024 * 1024;

interface EngineRun {
  status: string;
  error?: unknown;
  seconds: number;
  messages: number;
  bytes: number;
  maxRssMb: number;
}

function fmt(t: Throughput): string {
  return `${(t.messages / t.seconds).toFixed(0)} msg/s, ${(t.bytes / MB / t.seconds).toFixed(1)} MB/s (${t.seconds.toFixed(2)} s)`;
}

async function runEngine(config: object): Promise<EngineRun> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'engine-child.ts'), JSON.stringify(config)], { maxBuffer: 16 * MB });
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as EngineRun;
}

async function countAll(server: ServerAddress, user: string): Promise<Record<string, number>> {
  const conn = await masterConnection(server, user);
  const counts: Record<string, number> = {};
  for (const e of await listMailboxes(conn)) {
    if (e.attributes.some((a) => /Noselect|NonExistent/i.test(a))) continue;
    counts[e.name] = (await statusMailbox(conn, e.wireName, ['MESSAGES'])).MESSAGES ?? 0;
  }
  await conn.logout();
  return counts;
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

async function main(): Promise<void> {
  if (!dovecotAvailable()) throw new Error('The migration benchmark needs Dovecot and root (apt-get install -y dovecot-imapd).');
  const users = [{ name: 'bench@example.com', password: 'x' }, { name: 'limit@example.com', password: 'x' }];
  const [source, destination] = await Promise.all([
    startDovecot({ users, masterUsers: [MASTER], separator: '.' }),
    startDovecot({ users, masterUsers: [MASTER], separator: '/' }),
  ]);
  const src: ServerAddress = { host: source.host, port: source.port, separator: '.' };
  const dst: ServerAddress = { host: destination.host, port: destination.port, separator: '/' };
  const stateDir = mkdtempSync(path.join(tmpdir(), 'casella-bench-state-'));
  try {
    const items = buildCorpus(MESSAGES);
    let bodies: Buffer[] = items.map(renderItem);
    const totalBytes = bodies.reduce((n, b) => n + b.length, 0);
    console.log(`corpus: ${items.length} messages, ${(totalBytes / MB).toFixed(1)} MB, ${BENCH_FOLDERS.length} folders, sizes ${Math.min(...items.map((i) => i.size))} B to ${(Math.max(...items.map((i) => i.size)) / MB).toFixed(2)} MB`);
    const fill = await appendLimit(src, 'bench@example.com', items, bodies, WORKERS);
    console.log(`source filled: ${fmt(fill)}`);

    const fetch = await fetchLimit(src, 'bench@example.com', BENCH_FOLDERS, WORKERS);
    console.log(`source limit (FETCH every body, write nothing): ${fmt(fetch)}`);
    const append = await appendLimit(dst, 'limit@example.com', items, bodies, WORKERS);
    console.log(`destination limit (APPEND from memory): ${fmt(append)}`);
    bodies = [];

    const endpoint = (server: ServerAddress) => ({ serverType: 'STANDARD_NO_SSL', host: `${server.host}:${(server === src ? source : destination).port}`, user: 'bench@example.com', masterUser: MASTER.name, masterPassword: MASTER.password });
    const config = { source: endpoint(src), destination: endpoint(dst), stateDir };
    const first = await runEngine(config);
    if (first.status !== 'COMPLETED') throw new Error(`engine run ended ${first.status}: ${JSON.stringify(first.error)}`);
    const engineT: Throughput = { seconds: first.seconds, bytes: first.bytes, messages: first.messages };
    console.log(`engine: ${first.messages} messages, ${(first.bytes / MB).toFixed(1)} MB: ${fmt(engineT)}, peak RSS ${first.maxRssMb.toFixed(0)} MB`);
    const copied = await countAll(dst, 'bench@example.com');
    if (sum(copied) !== items.length) {
      const expected = await countAll(src, 'bench@example.com');
      throw new Error(`destination holds ${sum(copied)} messages, expected ${items.length}: ${JSON.stringify({ expected, copied })}`);
    }

    const rerun = await runEngine(config);
    console.log(`rerun without changes: ${rerun.messages} messages copied in ${rerun.seconds.toFixed(3)} s, peak RSS ${rerun.maxRssMb.toFixed(0)} MB`);
    if (rerun.messages !== 0) throw new Error('the no-change rerun copied messages');

    const engineMBs = first.bytes / MB / first.seconds;
    const limitMBs = Math.min(fetch.bytes / MB / fetch.seconds, append.bytes / MB / append.seconds);
    console.log(`ratio=${(engineMBs / limitMBs).toFixed(2)} rss_mb=${first.maxRssMb.toFixed(0)} rerun_speedup=${(first.seconds / rerun.seconds).toFixed(1)}`);
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
    await Promise.all([source.stop(), destination.stop()]);
  }
}

await main();
