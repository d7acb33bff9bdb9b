// Shapes produced by the response reader and tokenizer.

export type ImapToken = string | Buffer | null | ImapToken[];

/** One complete server response: line text interleaved with literal payloads. */
export type RawResponse = Array<string | Buffer>;

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
