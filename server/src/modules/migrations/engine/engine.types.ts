import type { EndpointSide, MigrationErrorCode } from './migration-error.js';

export type ServerType = 'STANDARD_SSL' | 'STANDARD_NO_SSL' | 'GMAIL' | 'EXCHANGE' | 'OFFICE365';

export interface ImapEndpoint {
  serverType: ServerType;
  /** Host name, optionally with ":port". */
  host: string;
  /** The mailbox to read or write. */
  user: string;
  /** Plain login password (omit when logging in as master user). */
  password?: string;
  /** Master/admin user that logs in on behalf of `user`. */
  masterUser?: string;
  masterPassword?: string;
  /** Accept self-signed or mismatched certificates. Meant for tests only. */
  allowInvalidCertificates?: boolean;
}

export type DateFilter = 'ALL' | 'LAST_MONTH' | 'LAST_6_MONTHS' | 'LAST_YEAR' | { since: Date };

export interface EngineSettings {
  /** Folders copied at the same time (each uses one source and one destination connection). */
  folderConcurrency: number;
  /** Upper bound for message bodies held in memory (fetched, not yet appended). */
  maxInFlightBytes: number;
  fetchBatchMessages: number;
  fetchBatchBytes: number;
  /** Messages per MULTIAPPEND (when the destination offers it); 1 disables grouping. */
  appendBatchMessages: number;
  appendBatchBytes: number;
  /**
   * Extra destination connections shared by all folders for APPEND, opened only
   * while the host limit has room (0: each folder appends over its own).
   */
  appendConnections: number;
  /** Larger messages are skipped and logged. */
  maxMessageBytes: number;
  /** Attempts per folder for retryable failures (throttling, dropped connections, timeouts). */
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  /** How often copy progress is persisted while a folder is being copied. */
  stateSaveIntervalMs: number;
  progressIntervalMs: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  folderConcurrency: 4,
  maxInFlightBytes: 64 * 1024 * 1024,
  fetchBatchMessages: 200,
  fetchBatchBytes: 8 * 1024 * 1024,
  appendBatchMessages: 50,
  appendBatchBytes: 4 * 1024 * 1024,
  appendConnections: 4,
  maxMessageBytes: 50 * 1024 * 1024,
  maxAttempts: 6,
  retryBaseMs: 1000,
  retryMaxMs: 60_000,
  connectTimeoutMs: 20_000,
  idleTimeoutMs: 120_000,
  stateSaveIntervalMs: 5000,
  progressIntervalMs: 500,
};

export interface ErrorInfo {
  code: MigrationErrorCode;
  message: string;
  side?: EndpointSide;
  detail?: string;
}

export type SkipReason = 'TOO_LARGE' | 'REJECTED_BY_DESTINATION' | 'VANISHED';

export type ProgressEvent =
  | { type: 'run-started'; mailbox: string; folders: number; estimatedMessages: number }
  | {
      type: 'folder-started';
      folder: string;
      destination: string;
      toCopy: number;
      alreadyPresent: number;
    }
  | {
      type: 'progress';
      folder?: string;
      messagesDone: number;
      messagesTotal: number;
      bytesDone: number;
      messagesPerSecond: number;
      bytesPerSecond: number;
      etaSeconds: number | null;
    }
  | {
      type: 'message-skipped';
      folder: string;
      uid: number;
      size: number;
      reason: SkipReason;
      detail?: string;
    }
  | {
      type: 'folder-completed';
      folder: string;
      copied: number;
      skipped: number;
      alreadyPresent: number;
    }
  | { type: 'error'; folder?: string; error: ErrorInfo; willRetry: boolean; attempt?: number }
  | {
      type: 'run-completed';
      status: RunStatus;
      messagesCopied: number;
      bytesCopied: number;
      durationMs: number;
    };

export type RunStatus = 'COMPLETED' | 'COMPLETED_WITH_SKIPS' | 'PARTIAL' | 'FAILED' | 'CANCELLED';

export interface FolderLog {
  source: string;
  destination?: string;
  excluded?: string;
  status: 'UP_TO_DATE' | 'COPIED' | 'PARTIAL' | 'FAILED' | 'EXCLUDED';
  copied: number;
  alreadyPresent: number;
  skipped: Array<{ uid: number; size: number; reason: SkipReason; detail?: string }>;
  bytes: number;
  attempts: number;
  error?: ErrorInfo;
}

export interface LogEntry {
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
  folder?: string;
  code?: string;
}

/** Structured record of one run for one mailbox; safe to store as JSON. */
export interface MailboxRunLog {
  runId: string;
  mailbox: string;
  startedAt: string;
  finishedAt?: string;
  status?: RunStatus;
  error?: ErrorInfo;
  folders: FolderLog[];
  entries: LogEntry[];
  totals: {
    messagesCopied: number;
    bytesCopied: number;
    alreadyPresent: number;
    skipped: number;
    durationMs: number;
  };
}

export interface RunResult {
  status: RunStatus;
  error?: ErrorInfo;
  log: MailboxRunLog;
}
