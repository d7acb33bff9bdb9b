import { ImapLiteral, type RawResponse } from './imap-response.types.js';
import type { ReadSlabPool } from './read-slab.pool.js';

const LITERAL_AT_END = /\{(\d+)\+?\}$/;

// Below this size a literal is copied out, so it does not pin a whole socket chunk.
const COPY_BELOW = 4096;

/**
 * Splits the byte stream into complete responses. Large literal payloads stay as
 * views of the socket's chunks: no copy, no per-message allocation.
 */
export class ImapResponseReader {
  private pending: Buffer = Buffer.alloc(0);
  private current: RawResponse = [];
  private literal: Buffer[] | undefined;
  private literalSize = 0;
  private literalFilled = 0;

  private readonly releaseChunks: ((chunks: Buffer[]) => void) | undefined;

  /** With a pool, literals pin the slabs they live in until they are released. */
  constructor(
    private readonly onResponse: (raw: RawResponse) => void,
    private readonly pool?: ReadSlabPool,
  ) {
    this.releaseChunks = pool ? (chunks) => chunks.forEach((c) => pool.release(c)) : undefined;
  }

  private addLiteralChunk(chunk: Buffer): void {
    const parts = this.literal ?? [];
    const last = parts[parts.length - 1];
    // consecutive reads into one slab are contiguous: one chunk, one iovec when written
    if (
      last &&
      last.buffer === chunk.buffer &&
      last.byteOffset + last.length === chunk.byteOffset
    ) {
      parts[parts.length - 1] = Buffer.from(
        last.buffer,
        last.byteOffset,
        last.length + chunk.length,
      );
      return;
    }
    this.pool?.retain(chunk);
    parts.push(chunk);
  }

  push(chunk: Buffer): void {
    let data = chunk;
    let offset = 0;
    if (this.pending.length > 0 && !this.literal) {
      data = Buffer.concat([this.pending, chunk]);
      this.pending = Buffer.alloc(0);
    }
    while (offset < data.length) {
      if (this.literal) {
        const take = Math.min(this.literalSize - this.literalFilled, data.length - offset);
        this.addLiteralChunk(data.subarray(offset, offset + take));
        this.literalFilled += take;
        offset += take;
        if (this.literalFilled === this.literalSize) {
          const parts = this.literal;
          if (this.literalSize < COPY_BELOW) {
            this.current.push(ImapLiteral.of(Buffer.concat(parts, this.literalSize)));
            this.releaseChunks?.(parts);
          } else {
            this.current.push(new ImapLiteral(parts, this.literalSize, this.releaseChunks));
          }
          this.literal = undefined;
        }
        continue;
      }
      const nl = data.indexOf(0x0a, offset);
      if (nl < 0) {
        this.pending = Buffer.from(data.subarray(offset));
        return;
      }
      const end = nl > offset && data[nl - 1] === 0x0d ? nl - 1 : nl;
      const line = data.toString('utf8', offset, end);
      offset = nl + 1;
      this.current.push(line);
      const m = LITERAL_AT_END.exec(line);
      if (m) {
        const size = Number(m[1]);
        if (size === 0) {
          this.current.push(ImapLiteral.of(Buffer.alloc(0)));
        } else {
          this.literal = [];
          this.literalSize = size;
          this.literalFilled = 0;
        }
        continue;
      }
      const done = this.current;
      this.current = [];
      this.onResponse(done);
    }
  }
}
