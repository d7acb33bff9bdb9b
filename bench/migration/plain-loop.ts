// The baseline the issue names: a plain fetch-then-append loop, one message at a time,
// one folder after another over one connection per side (how imapsync works).
import {
  appendMessage,
  selectMailbox,
  uidFetch,
  uidSearch,
} from '../../server/src/modules/migrations/engine/imap/imap-commands.js';
import { encodeMailboxName } from '../../server/src/modules/migrations/engine/imap/utf7-imap.codec.js';
import {
  masterConnection,
  type ServerAddress,
} from '../../server/src/test/imap/mailbox-fixtures.js';
import { ensureFolders, type Throughput } from './limits.js';

const wire = (server: ServerAddress, folder: string): string =>
  encodeMailboxName(folder.split('/').join(server.separator));

export async function plainLoop(
  source: ServerAddress,
  sourceUser: string,
  destination: ServerAddress,
  destinationUser: string,
  folders: string[],
): Promise<Throughput> {
  await ensureFolders(destination, destinationUser, folders);
  const [src, dst] = await Promise.all([
    masterConnection(source, sourceUser),
    masterConnection(destination, destinationUser),
  ]);
  let bytes = 0;
  let messages = 0;
  const started = performance.now();
  for (const folder of folders) {
    const info = await selectMailbox(src, wire(source, folder), true);
    if (info.exists === 0) continue;
    for (const uid of await uidSearch(src, 'ALL')) {
      let fetched: { flags: string[]; internalDate?: string; body: Buffer } | undefined;
      await uidFetch(src, String(uid), 'UID FLAGS INTERNALDATE BODY.PEEK[]', (m) => {
        if (!m.body) return;
        fetched = {
          flags: (m.flags ?? []).filter((f) => f.toLowerCase() !== '\\recent'),
          internalDate: m.internalDate,
          body: m.body.toBuffer(),
        };
        m.body.release();
      });
      if (!fetched) continue;
      await appendMessage(
        dst,
        wire(destination, folder),
        fetched.flags,
        fetched.internalDate,
        fetched.body,
      );
      bytes += fetched.body.length;
      messages++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([src.logout(), dst.logout()]);
  return { seconds, bytes, messages };
}
