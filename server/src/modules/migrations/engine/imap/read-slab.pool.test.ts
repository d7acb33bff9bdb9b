import { describe, expect, it } from 'vitest';
import { ImapResponseReader } from './imap-response.reader.js';
import { ImapLiteral, type RawResponse } from './imap-response.types.js';
import { ReadSlabPool } from './read-slab.pool.js';

/** Simulates one socket read of `text` through a cursor, as Node's onread does. */
function read(cursor: ReturnType<ReadSlabPool['cursor']>, text: string): Buffer {
  const region = cursor.next();
  const bytes = region.write(text, 'latin1');
  return cursor.filled(region, bytes);
}

describe('ReadSlabPool', () => {
  it('never hands out memory a literal still holds, and reuses it once released', () => {
    const pool = new ReadSlabPool(128 * 1024, 4);
    const cursor = pool.cursor();
    const responses: RawResponse[] = [];
    const reader = new ImapResponseReader((raw) => responses.push(raw), pool);
    const body = 'x'.repeat(70_000);
    reader.push(read(cursor, `* 1 FETCH (UID 1 BODY[] {${body.length}}\r\n${body})\r\n`));
    const literal = responses[0]?.find((p): p is ImapLiteral => p instanceof ImapLiteral);
    expect(literal?.length).toBe(body.length);
    const held = literal?.chunks[0]?.buffer;
    // fill many slabs: none of them may be the one the literal lives in
    const slabsSeen = (switches: number): Array<ArrayBufferLike> =>
      Array.from({ length: switches }, () => {
        const region = cursor.next();
        read(cursor, 'y'.repeat(region.length - 1000));
        return region.buffer;
      });
    expect(slabsSeen(10)).not.toContain(held);
    expect(literal?.toString('latin1')).toBe(body);
    // released: the slab goes back to the free list and the next cursor fills it again
    literal?.release();
    expect(pool.cursor().next().buffer).toBe(held);
  });

  it('joins a literal split over contiguous reads into one chunk', () => {
    const pool = new ReadSlabPool(1024 * 1024, 4);
    const cursor = pool.cursor();
    const responses: RawResponse[] = [];
    const reader = new ImapResponseReader((raw) => responses.push(raw), pool);
    const body = 'abcdefgh'.repeat(2000);
    reader.push(read(cursor, `* 2 FETCH (BODY[] {${body.length}}\r\n${body.slice(0, 5000)}`));
    reader.push(read(cursor, body.slice(5000, 11_000)));
    reader.push(read(cursor, `${body.slice(11_000)})\r\n`));
    const literal = responses[0]?.find((p): p is ImapLiteral => p instanceof ImapLiteral);
    expect(literal?.chunks).toHaveLength(1);
    expect(literal?.toString('latin1')).toBe(body);
  });
});
