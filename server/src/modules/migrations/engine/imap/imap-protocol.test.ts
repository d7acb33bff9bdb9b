import { describe, expect, it } from 'vitest';
import { ImapResponseReader } from './imap-response.reader.js';
import { parseUntagged, parseTagged } from './imap-tokenizer.js';
import { parseFetch } from './imap-commands.js';
import { decodeMailboxName, encodeMailboxName } from './utf7-imap.codec.js';
import { formatInternalDate, parseInternalDate } from './imap-date.js';
import { ImapLiteral, type RawResponse } from './imap-response.types.js';

describe('modified UTF-7', () => {
  it.each([
    ['INBOX', 'INBOX'],
    ['Città', 'Citt&AOA-'],
    ['Café & Crème', 'Caf&AOk- &- Cr&AOg-me'],
    ['日本語', '&ZeVnLIqe-'],
  ])('round-trips %s', (plain, wire) => {
    expect(encodeMailboxName(plain)).toBe(wire);
    expect(decodeMailboxName(wire)).toBe(plain);
  });
});

describe('response reader and tokenizer', () => {
  it('splits literals delivered in arbitrary chunks', () => {
    const got: RawResponse[] = [];
    const reader = new ImapResponseReader((r) => got.push(r));
    const wire = Buffer.from(
      '* 1 FETCH (UID 7 BODY[] {11}\r\nhello\r\nworl FLAGS (\\Seen kw))\r\nA1 OK [APPENDUID 5 9] done\r\n',
    );
    for (let i = 0; i < wire.length; i += 3) reader.push(wire.subarray(i, i + 3));
    expect(got).toHaveLength(2);
    const fetch = parseFetch(parseUntagged(got[0] ?? []));
    expect(fetch).toMatchObject({ seq: 1, uid: 7, flags: ['\\Seen', 'kw'] });
    expect(fetch.body?.toString()).toBe('hello\r\nworl');
    expect(parseTagged(String(got[1]?.[0]))).toMatchObject({
      tag: 'A1',
      kind: 'OK',
      code: 'APPENDUID 5 9',
      text: 'done',
    });
  });

  it('keeps section specifiers with spaces in one atom', () => {
    const u = parseUntagged([
      '* 2 FETCH (UID 3 BODY[HEADER.FIELDS (MESSAGE-ID)] {4}',
      ImapLiteral.of(Buffer.from('ab\r\n')),
      ')',
    ]);
    expect(parseFetch(u).header?.toString()).toBe('ab\r\n');
  });
});

describe('internal dates', () => {
  it('parses offsets and formats in UTC', () => {
    const ms = parseInternalDate(' 7-Jul-1996 02:44:25 -0700');
    expect(ms).toBe(Date.UTC(1996, 6, 7, 9, 44, 25));
    expect(formatInternalDate(ms ?? 0)).toBe('07-Jul-1996 09:44:25 +0000');
  });
});
