// Shapes produced by the response reader and tokenizer.

/** Literal payload kept as the socket's own chunks, so large bodies are never copied. */
export class ImapLiteral {
  private released = false;

  constructor(
    readonly chunks: Buffer[],
    readonly length: number,
    /** Gives pooled read memory back; the chunks must not be used afterwards. */
    private readonly onRelease?: (chunks: Buffer[]) => void,
  ) {}

  /** Called once the payload is no longer needed (e.g. appended); without it the memory is left to the GC. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.onRelease?.(this.chunks);
  }

  static of(buffer: Buffer): ImapLiteral {
    return new ImapLiteral([buffer], buffer.length);
  }

  toBuffer(): Buffer {
    return this.chunks.length === 1 && this.chunks[0]
      ? this.chunks[0]
      : Buffer.concat(this.chunks, this.length);
  }

  toString(encoding: BufferEncoding = 'utf8'): string {
    return this.toBuffer().toString(encoding);
  }
}

export type ImapToken = string | ImapLiteral | null | ImapToken[];

/** One complete server response: line text interleaved with literal payloads. */
export type RawResponse = Array<string | ImapLiteral>;

export type StatusKind = 'OK' | 'NO' | 'BAD' | 'BYE' | 'PREAUTH';

export interface StatusResponse {
  kind: StatusKind;
  /** Response code inside [...], e.g. "UIDVALIDITY 12" or "OVERQUOTA". */
  code?: string;
  text: string;
}

export interface TaggedResponse extends StatusResponse {
  tag: string;
}

export interface UntaggedResponse {
  /** Upper-cased response name: FETCH, EXISTS, LIST, OK, BYE, CAPABILITY... */
  name: string;
  /** Leading number for "* 12 FETCH"/"* 3 EXISTS". */
  seq?: number;
  /** Tokens after the name (data responses). */
  tokens: ImapToken[];
  /** Set for OK/NO/BAD/BYE/PREAUTH. */
  status?: StatusResponse;
}
