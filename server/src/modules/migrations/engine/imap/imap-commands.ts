import type { CommandPart, ImapConnection } from './imap-connection.js';
import { ImapLiteral, type ImapToken, type UntaggedResponse } from './imap-response.types.js';
import { decodeMailboxName } from './utf7-imap.codec.js';

// Thin typed wrappers over the commands the engine needs.

export function quoteArg(value: string): CommandPart {
  // eslint-disable-next-line no-control-regex
  if (/[\r\n\u0000]|[^\x00-\x7f]/.test(value)) return { literal: Buffer.from(value, 'utf8') };
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export async function login(conn: ImapConnection, user: string, password: string): Promise<void> {
  const res = await conn.command(['LOGIN ', quoteArg(user), ' ', quoteArg(password)]);
  conn.captureCapabilityCode(res.tagged.code);
  if (!res.tagged.code?.startsWith('CAPABILITY')) await conn.refreshCapabilities();
}

/** SASL PLAIN with an authorization identity: the master user acts as `authzid`. */
export async function authenticatePlain(
  conn: ImapConnection,
  authzid: string,
  authcid: string,
  password: string,
): Promise<void> {
  const payload = Buffer.from(`${authzid}\u0000${authcid}\u0000${password}`, 'utf8').toString(
    'base64',
  );
  const parts: CommandPart[] = conn.has('SASL-IR')
    ? [`AUTHENTICATE PLAIN ${payload}`]
    : ['AUTHENTICATE PLAIN', { line: payload }];
  const res = await conn.command(parts);
  conn.captureCapabilityCode(res.tagged.code);
  if (!res.tagged.code?.startsWith('CAPABILITY')) await conn.refreshCapabilities();
}

export interface MailboxInfo {
  uidValidity: number;
  uidNext: number;
  exists: number;
  permanentFlags: string[];
}

export async function selectMailbox(
  conn: ImapConnection,
  wireName: string,
  readOnly: boolean,
): Promise<MailboxInfo> {
  const res = await conn.command([readOnly ? 'EXAMINE ' : 'SELECT ', quoteArg(wireName)]);
  const info: MailboxInfo = { uidValidity: 0, uidNext: 0, exists: 0, permanentFlags: [] };
  for (const u of res.untagged) {
    if (u.name === 'EXISTS' && u.seq !== undefined) info.exists = u.seq;
    const code = u.status?.code;
    if (!code) continue;
    const [key, ...rest] = code.split(' ');
    const value = rest.join(' ');
    if (key === 'UIDVALIDITY') info.uidValidity = Number(value);
    else if (key === 'UIDNEXT') info.uidNext = Number(value);
    else if (key === 'PERMANENTFLAGS')
      info.permanentFlags = value.replace(/[()]/g, '').split(' ').filter(Boolean);
  }
  return info;
}

export interface ListEntry {
  wireName: string;
  name: string;
  delimiter: string | null;
  attributes: string[];
}

export async function listMailboxes(conn: ImapConnection, pattern = '*'): Promise<ListEntry[]> {
  const specialUse = conn.has('SPECIAL-USE') && pattern !== '' ? ' RETURN (SPECIAL-USE)' : '';
  const res = await conn.command([
    `LIST "" ${pattern === '' ? '""' : `"${pattern}"`}${specialUse}`,
  ]);
  const out: ListEntry[] = [];
  for (const u of res.untagged) {
    if (u.name !== 'LIST') continue;
    const [attrs, delim, name] = u.tokens;
    const wireName = tokenText(name);
    out.push({
      wireName,
      name: decodeMailboxName(wireName),
      delimiter: typeof delim === 'string' ? delim : null,
      attributes: Array.isArray(attrs) ? attrs.map((a) => tokenText(a)) : [],
    });
  }
  return out;
}

export interface NamespaceInfo {
  prefix: string;
  delimiter: string | null;
}

export async function personalNamespace(conn: ImapConnection): Promise<NamespaceInfo | undefined> {
  if (!conn.has('NAMESPACE')) return undefined;
  const res = await conn.command(['NAMESPACE']);
  const ns = res.untagged.find((u) => u.name === 'NAMESPACE');
  const personal = ns?.tokens[0];
  if (!Array.isArray(personal) || !Array.isArray(personal[0])) return undefined;
  const [prefix, delim] = personal[0];
  return { prefix: tokenText(prefix), delimiter: typeof delim === 'string' ? delim : null };
}

export async function statusMailbox(
  conn: ImapConnection,
  wireName: string,
  items: string[],
): Promise<Record<string, number>> {
  const res = await conn.command(['STATUS ', quoteArg(wireName), ` (${items.join(' ')})`]);
  const out: Record<string, number> = {};
  const st = res.untagged.find((u) => u.name === 'STATUS');
  const list = st?.tokens[1];
  if (Array.isArray(list))
    for (let i = 0; i + 1 < list.length; i += 2)
      out[tokenText(list[i]).toUpperCase()] = Number(tokenText(list[i + 1]));
  return out;
}

export async function uidSearch(conn: ImapConnection, criteria: string): Promise<number[]> {
  const res = await conn.command([`UID SEARCH ${criteria}`]);
  const uids: number[] = [];
  for (const u of res.untagged)
    if (u.name === 'SEARCH') for (const t of u.tokens) uids.push(Number(tokenText(t)));
  return uids.filter((n) => Number.isFinite(n) && n > 0);
}

export interface FetchedMessage {
  seq: number;
  uid?: number;
  flags?: string[];
  internalDate?: string;
  size?: number;
  body?: ImapLiteral;
  header?: Buffer;
}

export function parseFetch(u: UntaggedResponse): FetchedMessage {
  const msg: FetchedMessage = { seq: u.seq ?? 0 };
  const list = u.tokens[0];
  if (!Array.isArray(list)) return msg;
  for (let i = 0; i + 1 < list.length; i += 2) {
    const key = tokenText(list[i]).toUpperCase();
    const value = list[i + 1];
    if (key === 'UID') msg.uid = Number(tokenText(value));
    else if (key === 'FLAGS')
      msg.flags = Array.isArray(value) ? value.map((f) => tokenText(f)) : [];
    else if (key === 'INTERNALDATE') msg.internalDate = tokenText(value);
    else if (key === 'RFC822.SIZE') msg.size = Number(tokenText(value));
    else if (key === 'BODY[]' || key === 'RFC822')
      msg.body = value instanceof ImapLiteral ? value : ImapLiteral.of(asBuffer(value));
    else if (key.startsWith('BODY[HEADER')) msg.header = asBuffer(value);
  }
  return msg;
}

/**
 * Streams each FETCH response to `onMessage` instead of buffering the whole result.
 * `onMessage` returns false for a message that belongs to another pipelined FETCH.
 */
export async function uidFetch(
  conn: ImapConnection,
  uidSet: string,
  items: string,
  onMessage: (msg: FetchedMessage) => boolean | void,
): Promise<void> {
  await conn.command([`UID FETCH ${uidSet} (${items})`], {
    onUntagged: (u) => {
      if (u.name !== 'FETCH') return false;
      return onMessage(parseFetch(u)) !== false;
    },
  });
}

export interface AppendResult {
  uidValidity?: number;
  uid?: number;
}

export async function appendMessage(
  conn: ImapConnection,
  wireName: string,
  flags: string[],
  internalDate: string | undefined,
  body: Buffer | ImapLiteral,
): Promise<AppendResult> {
  const parts: CommandPart[] = ['APPEND ', quoteArg(wireName), ` (${flags.join(' ')})`];
  if (internalDate) parts.push(` "${internalDate}"`);
  parts.push(' ', { literal: body });
  const res = await conn.command(parts);
  const m = /^APPENDUID (\d+) (\d+)$/i.exec(res.tagged.code ?? '');
  return m ? { uidValidity: Number(m[1]), uid: Number(m[2]) } : {};
}

export interface AppendItem {
  flags: string[];
  internalDate?: string;
  body: Buffer | ImapLiteral;
}

/** MULTIAPPEND (RFC 3502): one command and one destination transaction for many messages, all or nothing. */
export async function appendMessages(
  conn: ImapConnection,
  wireName: string,
  items: AppendItem[],
): Promise<AppendResult> {
  const parts: CommandPart[] = ['APPEND ', quoteArg(wireName)];
  for (const item of items) {
    parts.push(` (${item.flags.join(' ')})`);
    if (item.internalDate) parts.push(` "${item.internalDate}"`);
    parts.push(' ', { literal: item.body });
  }
  const res = await conn.command(parts);
  const m = /^APPENDUID (\d+) /i.exec(res.tagged.code ?? '');
  return m ? { uidValidity: Number(m[1]) } : {};
}

export async function createMailbox(conn: ImapConnection, wireName: string): Promise<void> {
  await conn.command(['CREATE ', quoteArg(wireName)]);
}

export async function subscribeMailbox(conn: ImapConnection, wireName: string): Promise<void> {
  await conn.command(['SUBSCRIBE ', quoteArg(wireName)]);
}

export function tokenText(token: ImapToken | undefined): string {
  if (token === null || token === undefined) return '';
  if (typeof token === 'string') return token;
  if (token instanceof ImapLiteral) return token.toString('utf8');
  return token.map((t) => tokenText(t)).join(' ');
}

function asBuffer(token: ImapToken | undefined): Buffer {
  if (token instanceof ImapLiteral) return token.toBuffer();
  if (typeof token === 'string') return Buffer.from(token, 'utf8');
  return Buffer.alloc(0);
}
