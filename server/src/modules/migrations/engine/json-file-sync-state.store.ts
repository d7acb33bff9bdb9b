import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { FolderSyncState, MailboxSyncState, SyncStateStore } from './sync-state.store.js';

/**
 * One JSON file per mailbox in `directory`. Writes go to a temp file that is
 * fsynced and renamed, so a killed process leaves either the old or the new state.
 */
export class JsonFileSyncStateStore implements SyncStateStore {
  private readonly cache = new Map<string, MailboxSyncState>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly queued = new Map<string, Promise<void>>();
  private directoryReady: Promise<unknown> | undefined;

  constructor(private readonly directory: string) {}

  fileFor(mailboxKey: string): string {
    const hash = createHash('sha256').update(mailboxKey).digest('hex').slice(0, 32);
    return path.join(this.directory, `${hash}.json`);
  }

  async load(mailboxKey: string): Promise<MailboxSyncState> {
    // the cache holds snapshots newer than the file while a write is pending
    const cached = this.cache.get(mailboxKey);
    if (cached) return structuredClone(cached);
    try {
      const parsed = JSON.parse(await readFile(this.fileFor(mailboxKey), 'utf8')) as {
        folders?: MailboxSyncState;
      };
      const folders = parsed.folders ?? {};
      this.cache.set(mailboxKey, folders);
      return structuredClone(folders);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
  }

  saveFolder(mailboxKey: string, folder: string, state: FolderSyncState): Promise<void> {
    const mailbox = this.cache.get(mailboxKey) ?? {};
    mailbox[folder] = { ...state };
    this.cache.set(mailboxKey, mailbox);
    // Group commit: saves made while a write runs share the next write (and its fsync).
    let next = this.queued.get(mailboxKey);
    if (!next) {
      const previous = this.inFlight.get(mailboxKey) ?? Promise.resolve();
      next = previous
        .catch(() => undefined)
        .then(() => {
          this.queued.delete(mailboxKey);
          const write = this.write(mailboxKey);
          this.inFlight.set(mailboxKey, write);
          return write;
        });
      this.queued.set(mailboxKey, next);
    }
    return next;
  }

  private async write(mailboxKey: string): Promise<void> {
    this.directoryReady ??= mkdir(this.directory, { recursive: true });
    await this.directoryReady;
    const file = this.fileFor(mailboxKey);
    const tmp = `${file}.${process.pid}.tmp`;
    const body = JSON.stringify({ mailbox: mailboxKey, folders: this.cache.get(mailboxKey) ?? {} });
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  }
}
