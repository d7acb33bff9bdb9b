import { expect } from 'vitest';
import type { ImapTestEnv } from './imap-test-env.js';
import { expectedDestination, keysOnly, snapshotMailbox } from './mailbox-fixtures.js';

export const DEST_AUTO_FOLDERS = ['Trash', 'Junk', 'Sent Items', 'Drafts', 'Archive'];

/** Destination must equal the mapped source: same folders and per folder the same multiset of messages. */
export async function assertExactlyOnce(env: ImapTestEnv, user: string): Promise<void> {
  const source = await snapshotMailbox(env.srcAddr, user);
  const dest = keysOnly(await snapshotMailbox(env.dstAddr, user));
  const expected = expectedDestination(source);
  for (const name of DEST_AUTO_FOLDERS) if (!expected.has(name)) expected.set(name, []);
  expect([...dest.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [folder, keys] of expected)
    expect({ folder, keys: dest.get(folder) }).toEqual({ folder, keys });
}
