// Persistence contract for incremental sync. One record per source folder.

export interface FolderSyncState {
  /** Source UIDVALIDITY the UIDs below belong to. */
  uidValidity: number;
  /** Source UIDs known to be on the destination, as an IMAP sequence set ("1:40,42"). */
  copiedUids: string;
  /** Source UIDNEXT after the last complete pass; equal UIDNEXT means nothing new. */
  syncedUidNext?: number;
  /** Date filter the last complete pass used. */
  filterKey?: string;
  /** True while appends may have landed without being recorded; the next pass checks the destination. */
  inDoubt: boolean;
  destinationFolder: string;
  updatedAt: string;
}

export type MailboxSyncState = Record<string, FolderSyncState>;

export interface SyncStateStore {
  /** All folder records of a mailbox (empty object when none). */
  load(mailboxKey: string): Promise<MailboxSyncState>;
  /** Must be durable when the promise resolves: a crash right after must not lose it. */
  saveFolder(mailboxKey: string, folder: string, state: FolderSyncState): Promise<void>;
}
