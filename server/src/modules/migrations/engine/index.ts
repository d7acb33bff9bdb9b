// Public surface of the IMAP sync engine.
export { ImapSyncEngine, defaultMailboxKey } from './imap-sync.engine.js';
export type {
  EngineDependencies,
  RunOptions,
  SurveyFolder,
  SurveyResult,
  ValidationResult,
} from './imap-sync.engine.js';
export { DEFAULT_ENGINE_SETTINGS } from './engine.types.js';
export type {
  DateFilter,
  EngineSettings,
  ErrorInfo,
  FolderLog,
  ImapEndpoint,
  LogEntry,
  MailboxRunLog,
  ProgressEvent,
  RunResult,
  RunStatus,
  ServerType,
  SkipReason,
} from './engine.types.js';
export { MigrationError } from './migration-error.js';
export type { EndpointSide, MigrationErrorCode } from './migration-error.js';
export type { FolderSyncState, MailboxSyncState, SyncStateStore } from './sync-state.store.js';
export { MemorySyncStateStore } from './memory-sync-state.store.js';
export { JsonFileSyncStateStore } from './json-file-sync-state.store.js';
export { HostLimiter, sharedHostLimiter } from './host-limiter.js';
export { SERVER_PRESETS, resolveEndpoint } from './server-presets.js';
