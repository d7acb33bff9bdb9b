import {
  ImapLiteral,
  type ImapToken,
  type RawResponse,
  type StatusKind,
  type StatusResponse,
  type TaggedResponse,
  type UntaggedResponse,
} from './imap-response.types.js';

const STATUS_KINDS = new Set(['OK', 'NO', 'BAD', 'BYE', 'PREAUTH']);

/** Tokenizes a raw response; literals come back as ImapLiteral, NIL as null. */
class TokenCursor {
  private part = 0;
  private pos = 0;

  constructor(private readonly raw: RawResponse) {}

  private text(): string | undefined {
    const p = this.raw[this.part];
    return typeof p === 'string' ? p : undefined;
  }

  private skipSpaces(): void {
    for (;;) {
      const t = this.text();
      if (t === undefined) return;
      while (this.pos < t.length && t[this.pos] === ' ') this.pos++;
      if (this.pos < t.length) return;
      // a text part ended: step over a following literal only via readToken
      return;
    }
  }

  atEnd(): boolean {
    this.skipSpaces();
    const t = this.text();
    if (t === undefined) return this.part >= this.raw.length;
    return this.pos >= t.length && this.part >= this.raw.length - 1;
  }

  readAll(): ImapToken[] {
    const out: ImapToken[] = [];
    while (!this.atEnd()) {
      const tok = this.readToken();
      if (tok === undefined) break;
      out.push(tok);
    }
    return out;
  }

  /** Returns undefined at a closing paren or at the end. */
  readToken(): ImapToken | undefined {
    this.skipSpaces();
    const t = this.text();
    if (t === undefined) return undefined;
    if (this.pos >= t.length) return undefined;
    const ch = t[this.pos];
    if (ch === '(') {
      this.pos++;
      const list: ImapToken[] = [];
      for (;;) {
        this.skipSpaces();
        const cur = this.text();
        if (cur === undefined || this.pos >= cur.length) break;
        if (cur[this.pos] === ')') {
          this.pos++;
          break;
        }
        const tok = this.readToken();
        if (tok === undefined) break;
        list.push(tok);
      }
      return list;
    }
    if (ch === ')') return undefined;
    if (ch === '"') return this.readQuoted(t);
    if (ch === '{') {
      const close = t.indexOf('}', this.pos);
      if (close === t.length - 1) {
        const lit = this.raw[this.part + 1];
        this.part += 2;
        this.pos = 0;
        return lit instanceof ImapLiteral ? lit : ImapLiteral.of(Buffer.alloc(0));
      }
    }
    return this.readAtom(t);
  }

  private readQuoted(t: string): string {
    let out = '';
    let i = this.pos + 1;
    while (i < t.length) {
      const c = t[i];
      if (c === '\\' && i + 1 < t.length) {
        out += t[i + 1];
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        break;
      }
      out += c;
      i++;
    }
    this.pos = i;
    return out;
  }

  private readAtom(t: string): string | null {
    let i = this.pos;
    let depth = 0;
    while (i < t.length) {
      const c = t[i];
      if (c === '[') depth++;
      else if (c === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0 && (c === ' ' || c === '(' || c === ')')) break;
      i++;
    }
    const atom = t.slice(this.pos, i);
    this.pos = i;
    return atom.toUpperCase() === 'NIL' ? null : atom;
  }
}

export function tokenize(raw: RawResponse): ImapToken[] {
  return new TokenCursor(raw).readAll();
}

function parseStatusText(kind: StatusKind, rest: string): StatusResponse {
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    if (end > 0) return { kind, code: rest.slice(1, end), text: rest.slice(end + 1).trim() };
  }
  return { kind, text: rest };
}

function splitWord(line: string): [string, string] {
  const sp = line.indexOf(' ');
  return sp < 0 ? [line, ''] : [line.slice(0, sp), line.slice(sp + 1)];
}

export function parseTagged(line: string): TaggedResponse {
  const [tag, rest] = splitWord(line);
  const [kind, text] = splitWord(rest);
  const upper = kind.toUpperCase();
  const status = STATUS_KINDS.has(upper) ? (upper as StatusKind) : 'BAD';
  return { tag, ...parseStatusText(status, text) };
}

/** Parses "* ..." responses; raw[0] starts with "* ". */
export function parseUntagged(raw: RawResponse): UntaggedResponse {
  const first = typeof raw[0] === 'string' ? raw[0].slice(2) : '';
  const [word, rest] = splitWord(first);
  const upper = word.toUpperCase();
  if (STATUS_KINDS.has(upper)) {
    return { name: upper, tokens: [], status: parseStatusText(upper as StatusKind, rest) };
  }
  if (/^\d+$/.test(word)) {
    const [name, after] = splitWord(rest);
    return {
      name: name.toUpperCase(),
      seq: Number(word),
      tokens: tokenize([after, ...raw.slice(1)]),
    };
  }
  return { name: upper, tokens: tokenize([rest, ...raw.slice(1)]) };
}
