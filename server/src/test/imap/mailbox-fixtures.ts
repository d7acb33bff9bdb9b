import { createHash } from 'node:crypto';
import {
  appendMessage,
  createMailbox,
  listMailboxes,
  login,
  selectMailbox,
  uidFetch,
} from '../../modules/migrations/engine/imap/imap-commands.js';
import { ImapConnection } from '../../modules/migrations/engine/imap/imap-connection.js';
import {
  formatInternalDate,
  parseInternalDate,
} from '../../modules/migrations/engine/imap/imap-date.js';
import { encodeMailboxName } from '../../modules/migrations/engine/imap/utf7-imap.codec.js';
import { extractMessageId } from '../../modules/migrations/engine/message-fingerprint.js';

export const MASTER = { name: 'master', password: 'M4ster!pw' };

export interface FixtureMessage {
  /** Folder path with "/" as the separator; converted to the server's delimiter. */
  folder: string;
  flags: string[];
  internalDateMs: number;
  body: Buffer;
}

export interface ServerAddress {
  host: string;
  port: number;
  separator: string;
  /** Between mailbox and master user name in a master login (default "*"). */
  masterSeparator?: string;
}

/** Deterministic PRNG so corpora are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LINE = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n';

export function makeMessage(opts: {
  messageId?: string;
  subject: string;
  dateMs: number;
  size: number;
  salt?: string;
}): Buffer {
  const headers = [
    'From: Mario Rossi <mario.rossi@example.it>',
    'To: Giulia Bianchi <giulia@example.it>',
    `Subject: =?UTF-8?B?${Buffer.from(opts.subject, 'utf8').toString('base64')}?=`,
    `Date: ${new Date(opts.dateMs).toUTCString()}`,
    ...(opts.messageId ? [`Message-ID: <${opts.messageId}>`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `salt ${opts.salt ?? opts.subject}`,
    '',
  ].join('\r\n');
  const head = Buffer.from(headers, 'utf8');
  const bodyLen = Math.max(0, opts.size - head.length);
  // Buffer.alloc repeats the pattern: a 50 MB body costs one memset, not a loop
  const body = Buffer.alloc(bodyLen, LINE);
  if (bodyLen >= 2) body.write('\r\n', bodyLen - 2);
  return Buffer.concat([head, body]);
}

export const SOURCE_FOLDERS = [
  'Bozze',
  'Archivio',
  'Lavoro',
  'Lavoro/Progetti 2024',
  'Lavoro/Progetti 2024/Città',
  'Café & Crème',
  '日本語',
  'Cestino',
  'Cestino/Vecchi',
  'Posta indesiderata',
  'Deleted Items',
  'Allegati',
];

/** Source folder -> expected destination folder ("/" separated); excluded folders are absent. */
export const EXPECTED_MAPPING: Record<string, string> = {
  INBOX: 'INBOX',
  Sent: 'Sent Items',
  Bozze: 'Drafts',
  Archivio: 'Archive',
  Lavoro: 'Lavoro',
  'Lavoro/Progetti 2024': 'Lavoro/Progetti 2024',
  'Lavoro/Progetti 2024/Città': 'Lavoro/Progetti 2024/Città',
  'Café & Crème': 'Café & Crème',
  日本語: '日本語',
  Allegati: 'Allegati',
};

export const EXCLUDED_SOURCE = [
  'Trash',
  'Robaccia',
  'Cestino',
  'Cestino/Vecchi',
  'Posta indesiderata',
  'Deleted Items',
];

export function standardCorpus(opts: {
  seed: number;
  bigMessage?: boolean;
  perFolder?: number;
  maxSize?: number;
}): FixtureMessage[] {
  const rnd = mulberry32(opts.seed);
  const perFolder = opts.perFolder ?? 6;
  const maxSize = opts.maxSize ?? 40_000;
  const out: FixtureMessage[] = [];
  const base = Date.UTC(2009, 4, 17, 8, 30, 0);
  const folders = ['INBOX', 'Sent', 'Trash', 'Robaccia', ...SOURCE_FOLDERS];
  let n = 0;
  const flagChoices = [
    [],
    ['\\Seen'],
    ['\\Seen', '\\Answered'],
    ['\\Flagged', 'custom_kw'],
    ['\\Seen', '$Label1', 'Lavoro_Urgente'],
    ['\\Draft'],
  ];
  for (const folder of folders) {
    for (let i = 0; i < perFolder; i++) {
      n++;
      const dateMs = base + Math.floor(rnd() * 15 * 365 * 86400) * 1000;
      out.push({
        folder,
        flags: flagChoices[Math.floor(rnd() * flagChoices.length)] ?? [],
        internalDateMs: dateMs,
        body: makeMessage({
          messageId: `m${opts.seed}-${n}@casella.test`,
          subject: `Messaggio ${n} è più bello`,
          dateMs,
          size: 600 + Math.floor(rnd() * maxSize),
        }),
      });
    }
  }
  // duplicate Message-IDs: one exact copy and one different message sharing the ID
  const dupDate = Date.UTC(2012, 1, 3, 10, 0, 0);
  const dup = makeMessage({
    messageId: `dup-${opts.seed}@casella.test`,
    subject: 'Duplicato',
    dateMs: dupDate,
    size: 2000,
  });
  out.push({ folder: 'INBOX', flags: ['\\Seen'], internalDateMs: dupDate, body: dup });
  out.push({ folder: 'INBOX', flags: ['\\Seen'], internalDateMs: dupDate, body: dup });
  out.push({
    folder: 'INBOX',
    flags: [],
    internalDateMs: dupDate,
    body: makeMessage({
      messageId: `dup-${opts.seed}@casella.test`,
      subject: 'Duplicato diverso',
      dateMs: dupDate,
      size: 3000,
    }),
  });
  // no Message-ID at all, two of them identical
  const bare = makeMessage({ subject: 'Senza ID', dateMs: dupDate + 5000, size: 1500 });
  out.push({ folder: 'INBOX', flags: [], internalDateMs: dupDate + 5000, body: bare });
  out.push({ folder: 'INBOX', flags: [], internalDateMs: dupDate + 5000, body: bare });
  out.push({
    folder: 'Lavoro',
    flags: ['\\Flagged'],
    internalDateMs: dupDate + 9000,
    body: makeMessage({ subject: 'Senza ID 2', dateMs: dupDate + 9000, size: 4000 }),
  });
  if (opts.bigMessage) {
    const dateMs = Date.UTC(2015, 6, 1, 12, 0, 0);
    out.push({
      folder: 'Allegati',
      flags: ['\\Seen'],
      internalDateMs: dateMs,
      body: makeMessage({
        messageId: `big-${opts.seed}@casella.test`,
        subject: 'Allegato enorme',
        dateMs,
        size: 51 * 1024 * 1024,
      }),
    });
  }
  return out;
}

export async function masterConnection(
  server: ServerAddress,
  user: string,
): Promise<ImapConnection> {
  const conn = await ImapConnection.connect({
    host: server.host,
    port: server.port,
    security: 'none',
    rejectUnauthorized: false,
    connectTimeoutMs: 10_000,
    idleTimeoutMs: 60_000,
  });
  await login(conn, `${user}${server.masterSeparator ?? '*'}${MASTER.name}`, MASTER.password);
  return conn;
}

function wire(folder: string, separator: string): string {
  return encodeMailboxName(folder.split('/').join(separator));
}

/** Creates folders and appends messages (pipelined) as the master user. */
export async function fillMailbox(
  server: ServerAddress,
  user: string,
  messages: FixtureMessage[],
  extraFolders: string[] = SOURCE_FOLDERS,
): Promise<void> {
  const conn = await masterConnection(server, user);
  try {
    const existing = new Set(
      (await listMailboxes(conn)).map((e) => e.name.split(server.separator).join('/')),
    );
    for (const folder of [...extraFolders, ...messages.map((m) => m.folder)]) {
      if (existing.has(folder) || folder === 'INBOX') continue;
      await createMailbox(conn, wire(folder, server.separator));
      existing.add(folder);
    }
    await Promise.all(
      messages.map((m) =>
        appendMessage(
          conn,
          wire(m.folder, server.separator),
          m.flags,
          formatInternalDate(m.internalDateMs),
          m.body,
        ),
      ),
    );
  } finally {
    await conn.logout();
  }
}

export interface MessageKey {
  key: string;
  size: number;
}

/** Folder ("/" separated) -> sorted identity keys: (Message-ID or body hash, flags, internal date). */
export async function snapshotMailbox(
  server: ServerAddress,
  user: string,
): Promise<Map<string, MessageKey[]>> {
  const conn = await masterConnection(server, user);
  const out = new Map<string, MessageKey[]>();
  try {
    const entries = await listMailboxes(conn);
    for (const entry of entries) {
      if (entry.attributes.some((a) => /^\\(Noselect|NonExistent)$/i.test(a))) continue;
      const info = await selectMailbox(conn, entry.wireName, true);
      const keys: MessageKey[] = [];
      const items: Array<{
        uid: number;
        mid: string;
        flags: string[];
        date: number;
        size: number;
      }> = [];
      if (info.exists > 0) {
        await uidFetch(
          conn,
          '1:*',
          'UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]',
          (m) => {
            items.push({
              uid: m.uid ?? 0,
              mid: extractMessageId(m.header),
              flags: (m.flags ?? []).filter((f) => f !== '\\Recent').sort(),
              date: parseInternalDate(m.internalDate ?? '') ?? 0,
              size: m.size ?? 0,
            });
          },
        );
      }
      for (const item of items) {
        let id = item.mid;
        if (!id) {
          let hash = '';
          await uidFetch(conn, String(item.uid), 'UID BODY.PEEK[]', (m) => {
            hash = createHash('sha1')
              .update(m.body?.toBuffer() ?? Buffer.alloc(0))
              .digest('hex');
          });
          id = `sha1:${hash}`;
        }
        keys.push({ key: `${id}|${item.flags.join(' ')}|${item.date / 1000}`, size: item.size });
      }
      keys.sort((a, b) => a.key.localeCompare(b.key));
      out.set(entry.name.split(server.separator).join('/'), keys);
    }
  } finally {
    await conn.logout();
  }
  return out;
}

/** What the destination should hold: the source mapped, minus exclusions and oversized messages. */
export function expectedDestination(
  source: Map<string, MessageKey[]>,
  maxBytes = 50 * 1024 * 1024,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [folder, keys] of source) {
    const dest = EXPECTED_MAPPING[folder];
    if (!dest) continue;
    const list = out.get(dest) ?? [];
    list.push(...keys.filter((k) => k.size <= maxBytes).map((k) => k.key));
    out.set(dest, list.sort());
  }
  return out;
}

export function keysOnly(snapshot: Map<string, MessageKey[]>): Map<string, string[]> {
  return new Map([...snapshot].map(([f, keys]) => [f, keys.map((k) => k.key).sort()]));
}

export function countMessages(snapshot: Map<string, MessageKey[]> | Map<string, string[]>): number {
  let n = 0;
  for (const v of snapshot.values()) n += v.length;
  return n;
}

/**
 * A message whose body is seeded pseudo-random base64 text: unlike `makeMessage`'s repeated
 * line, any byte taken from another message or another offset changes its digest.
 */
export function makeRandomMessage(opts: { seed: string; dateMs: number; size: number }): Buffer {
  const head = Buffer.from(
    [
      'From: Mario Rossi <mario.rossi@example.it>',
      'To: Giulia Bianchi <giulia@example.it>',
      `Subject: Random ${opts.seed}`,
      `Date: ${new Date(opts.dateMs).toUTCString()}`,
      `Message-ID: <random-${opts.seed}@casella.test>`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      '',
    ].join('\r\n'),
  );
  const lines: Buffer[] = [head];
  let length = head.length;
  for (let i = 0; length < opts.size; i++) {
    // 57 random bytes -> one 76-character base64 line
    const bytes = createHash('sha512').update(`${opts.seed}:${i}`).digest().subarray(0, 57);
    const line = Buffer.from(`${bytes.toString('base64')}\r\n`);
    lines.push(line);
    length += line.length;
  }
  return Buffer.concat(lines, length);
}

/** Folder ("/" separated) -> sorted SHA-256 digests of every message's full body. */
export async function bodyDigests(
  server: ServerAddress,
  user: string,
  folders: string[],
): Promise<Map<string, string[]>> {
  const conn = await masterConnection(server, user);
  const out = new Map<string, string[]>();
  try {
    for (const folder of folders) {
      const info = await selectMailbox(conn, wire(folder, server.separator), true);
      const digests: string[] = [];
      if (info.exists > 0)
        await uidFetch(conn, '1:*', 'UID BODY.PEEK[]', (m) => {
          const hash = createHash('sha256');
          for (const chunk of m.body?.chunks ?? []) hash.update(chunk);
          digests.push(hash.digest('hex'));
        });
      out.set(folder, digests.sort());
    }
  } finally {
    await conn.logout();
  }
  return out;
}
