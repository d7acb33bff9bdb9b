// Runs one engine pass in a separate process so tests can SIGKILL it mid-copy.
// Usage: node --import tsx engine-child.ts '<json RunConfig>'
import { ImapSyncEngine } from '../../modules/migrations/engine/imap-sync.engine.js';
import { JsonFileSyncStateStore } from '../../modules/migrations/engine/json-file-sync-state.store.js';
import type { EngineSettings, ImapEndpoint } from '../../modules/migrations/engine/engine.types.js';

export interface ChildRunConfig {
  source: ImapEndpoint;
  destination: ImapEndpoint;
  stateDir: string;
  settings?: Partial<EngineSettings>;
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildRunConfig;
const engine = new ImapSyncEngine();
const result = await engine.run({
  source: config.source,
  destination: config.destination,
  stateStore: new JsonFileSyncStateStore(config.stateDir),
  settings: config.settings,
  onProgress: (event) => process.stdout.write(JSON.stringify(event) + '\n'),
});
process.stdout.write(JSON.stringify({ type: 'result', status: result.status }) + '\n');
