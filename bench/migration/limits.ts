// The two ceilings the engine is compared with, measured with the same client and parallelism.
import {
  appendMessage,
  appendMessages,
  selectMailbox,
  uidFetch,
  listMailboxes,
  createMailbox,
} from '../../server/src/modules/migrations/engine/imap/imap-commands.js';
import { formatInternalDate } from '../../server/src/modules/migrations/engine/imap/imap-date.js';
import { encodeMailboxName } from '../../server/src/modules/migrations/engine/imap/utf7-imap.codec.js';
import {
  masterConnection,
  type ServerAddress,
} from '../../server/src/test/imap/mailbox-fixtures.js';
import type { CorpusItem } from './corpus.js';

export interface Throughput {
  seconds: number;
  bytes: number;
  messages: number;
}

async function parallel<T>(
  items: T[],
  workers: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) await fn(next);
    }),
  );
}

/** Source ceiling: FETCH every body, keep nothing. */
export async function fetchLimit(
  server: ServerAddress,
  user: string,
  folders: string[],
  workers: number,
): Promise<Throughput> {
  let bytes = 0;
  let messages = 0;
  const started = performance.now();
  await parallel(folders, workers, async (folder) => {
    const conn = await masterConnection(server, user);
    const info = await selectMailbox(
      conn,
      encodeMailboxName(folder.split('/').join(server.separator)),
      true,
    );
    if (info.exists > 0)
      await uidFetch(conn, '1:*', 'UID BODY.PEEK[]', (m) => {
        bytes += m.body?.length ?? 0;
        messages++;
      });
    await conn.logout();
  });
  return { seconds: (performance.now() - started) / 1000, bytes, messages };
}

/** Creates every folder (and its parents) that the account does not have yet. */
export async function ensureFolders(
  server: ServerAddress,
  user: string,
  folders: string[],
): Promise<void> {
  const setup = await masterConnection(server, user);
  const existing = new Set((await listMailboxes(setup)).map((e) => e.name));
  for (const folder of folders) {
    const parts = folder.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const name = parts.slice(0, i).join(server.separator);
      if (name === 'INBOX' || existing.has(name)) continue;
      await createMailbox(setup, encodeMailboxName(name));
      existing.add(name);
    }
  }
  await setup.logout();
}

/** Destination ceiling: APPEND pre-rendered messages from memory, pipelined. */
export async function appendLimit(
  server: ServerAddress,
  user: string,
  items: CorpusItem[],
  bodies: Buffer[],
  workers: number,
  group = 1,
): Promise<Throughput> {
  const byFolder = new Map<string, number[]>();
  items.forEach((it, i) => byFolder.set(it.folder, [...(byFolder.get(it.folder) ?? []), i]));
  await ensureFolders(server, user, [...byFolder.keys()]);
  let bytes = 0;
  const started = performance.now();
  await parallel([...byFolder], workers, async ([folder, indexes]) => {
    const conn = await masterConnection(server, user);
    const wire = encodeMailboxName(folder.split('/').join(server.separator));
    // bounded window, like the engine, so the server sees the same kind of load
    const window = new Set<Promise<void>>();
    for (let g = 0; g < indexes.length; g += group) {
      const batch = indexes.slice(g, g + group).map((i) => ({
        flags: items[i]?.flags ?? [],
        internalDate: formatInternalDate(items[i]?.internalDateMs ?? 0),
        body: bodies[i] ?? Buffer.alloc(0),
      }));
      const size = batch.reduce((n, b) => n + b.body.length, 0);
      const p = (
        group === 1 && batch[0]
          ? appendMessage(conn, wire, batch[0].flags, batch[0].internalDate, batch[0].body)
          : appendMessages(conn, wire, batch)
      ).then(() => {
        bytes += size;
        window.delete(p);
      });
      window.add(p);
      if (window.size >= Math.max(2, Math.ceil(64 / group))) await Promise.race(window);
    }
    await Promise.all(window);
    await conn.logout();
  });
  return { seconds: (performance.now() - started) / 1000, bytes, messages: items.length };
}
