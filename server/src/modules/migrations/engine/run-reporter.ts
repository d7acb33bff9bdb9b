import type {
  ErrorInfo,
  FolderLog,
  LogEntry,
  MailboxRunLog,
  ProgressEvent,
} from './engine.types.js';

/** Collects the structured run log and turns counters into throttled progress events. */
export class RunReporter {
  readonly log: MailboxRunLog;
  private readonly started = Date.now();
  private lastProgress = 0;
  private readonly expected = new Map<string, number>();
  private readonly doneByFolder = new Map<string, number>();
  private messagesDone = 0;
  private bytesDone = 0;

  constructor(
    runId: string,
    mailbox: string,
    private readonly emit: (event: ProgressEvent) => void,
    private readonly progressIntervalMs: number,
  ) {
    this.log = {
      runId,
      mailbox,
      startedAt: new Date(this.started).toISOString(),
      folders: [],
      entries: [],
      totals: { messagesCopied: 0, bytesCopied: 0, alreadyPresent: 0, skipped: 0, durationMs: 0 },
    };
  }

  event(e: ProgressEvent): void {
    try {
      this.emit(e);
    } catch {
      // a faulty listener must not break the copy
    }
  }

  entry(
    level: LogEntry['level'],
    message: string,
    extra: { folder?: string; code?: string } = {},
  ): void {
    this.log.entries.push({ at: new Date().toISOString(), level, message, ...extra });
  }

  folder(source: string): FolderLog {
    let f = this.log.folders.find((x) => x.source === source);
    if (!f) {
      f = {
        source,
        status: 'UP_TO_DATE',
        copied: 0,
        alreadyPresent: 0,
        skipped: [],
        bytes: 0,
        attempts: 0,
      };
      this.log.folders.push(f);
    }
    return f;
  }

  /** Remaining messages of a folder; the run total is what is done plus what remains. */
  setRemaining(folder: string, remaining: number): void {
    this.expected.set(folder, (this.doneByFolder.get(folder) ?? 0) + remaining);
  }

  private get messagesTotal(): number {
    let total = 0;
    for (const n of this.expected.values()) total += n;
    return total;
  }

  copied(folder: string, bytes: number): void {
    this.messagesDone++;
    this.doneByFolder.set(folder, (this.doneByFolder.get(folder) ?? 0) + 1);
    this.bytesDone += bytes;
    this.log.totals.messagesCopied++;
    this.log.totals.bytesCopied += bytes;
    this.maybeProgress(folder);
  }

  error(error: ErrorInfo, willRetry: boolean, folder?: string, attempt?: number): void {
    this.entry(willRetry ? 'warn' : 'error', error.message, { folder, code: error.code });
    this.event({ type: 'error', folder, error, willRetry, attempt });
  }

  maybeProgress(folder?: string, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastProgress < this.progressIntervalMs) return;
    this.lastProgress = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.messagesDone / seconds;
    const remaining = Math.max(0, this.messagesTotal - this.messagesDone);
    this.event({
      type: 'progress',
      folder,
      messagesDone: this.messagesDone,
      messagesTotal: Math.max(this.messagesTotal, this.messagesDone),
      bytesDone: this.bytesDone,
      messagesPerSecond: Math.round(rate * 10) / 10,
      bytesPerSecond: Math.round(this.bytesDone / seconds),
      etaSeconds: rate > 0 ? Math.round(remaining / rate) : null,
    });
  }

  finish(): number {
    const durationMs = Date.now() - this.started;
    this.log.finishedAt = new Date().toISOString();
    this.log.totals.durationMs = durationMs;
    this.log.totals.alreadyPresent = this.log.folders.reduce((n, f) => n + f.alreadyPresent, 0);
    this.log.totals.skipped = this.log.folders.reduce((n, f) => n + f.skipped.length, 0);
    return durationMs;
  }
}
