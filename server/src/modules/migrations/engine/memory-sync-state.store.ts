import type { FolderSyncState, MailboxSyncState, SyncStateStore } from './sync-state.store.js';

/** Process-local store for tests and dry runs. */
export class MemorySyncStateStore implements SyncStateStore {
  private readonly data = new Map<string, MailboxSyncState>();

  async load(mailboxKey: string): Promise<MailboxSyncState> {
    return structuredClone(this.data.get(mailboxKey) ?? {});
  }

  async saveFolder(mailboxKey: string, folder: string, state: FolderSyncState): Promise<void> {
    const mailbox = this.data.get(mailboxKey) ?? {};
    mailbox[folder] = { ...state };
    this.data.set(mailboxKey, mailbox);
  }
}
