// Runs the engine in its own process so its peak RSS is measured alone.
import { readFileSync } from 'node:fs';
import { ImapSyncEngine } from '../../server/src/modules/migrations/engine/imap-sync.engine.js';
import { JsonFileSyncStateStore } from '../../server/src/modules/migrations/engine/json-file-sync-state.store.js';
import type {
  EngineSettings,
  ImapEndpoint,
} from '../../server/src/modules/migrations/engine/engine.types.js';

interface Config {
  source: ImapEndpoint;
  destination: ImapEndpoint;
  stateDir: string;
  settings?: Partial<EngineSettings>;
}

/**
 * Peak RSS of this process image. VmHWM belongs to the address space created by exec;
 * getrusage's maxRSS would also include the (large) parent's peak inherited through fork.
 */
function peakRssMb(): number {
  const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const started = performance.now();
// CPU of the run itself, not of loading and compiling the modules before it
const cpuAtStart = process.cpuUsage();
let setupSeconds = 0;
const result = await new ImapSyncEngine().run({
  source: config.source,
  destination: config.destination,
  stateStore: new JsonFileSyncStateStore(config.stateDir),
  settings: config.settings,
  // time spent before copying starts: logins, folder listing and creation, STATUS of every folder
  onProgress: (event) => {
    if (event.type === 'run-started') setupSeconds = (performance.now() - started) / 1000;
  },
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({
    status: result.status,
    error: result.error,
    seconds,
    setupSeconds,
    messages: result.log.totals.messagesCopied,
    bytes: result.log.totals.bytesCopied,
    maxRssMb: peakRssMb(),
    cpuSeconds: cpuSince(cpuAtStart),
    cpuUserSeconds: process.cpuUsage(cpuAtStart).user / 1e6,
  }) + '\n',
);
