// Classified failures with a message a customer can act on.

export type MigrationErrorCode =
  | 'DNS'
  | 'CONNECT'
  | 'TIMEOUT'
  | 'TLS'
  | 'NOT_IMAP'
  | 'AUTH'
  | 'MAILBOX_NOT_FOUND'
  | 'THROTTLED'
  | 'CONNECTION_LOST'
  | 'QUOTA'
  | 'FOLDER'
  | 'MESSAGE_REJECTED'
  | 'UNSUPPORTED'
  | 'PROTOCOL'
  | 'CANCELLED'
  | 'ALREADY_RUNNING'
  | 'INTERNAL';

export type EndpointSide = 'source' | 'destination';

const RETRYABLE: ReadonlySet<MigrationErrorCode> = new Set([
  'TIMEOUT',
  'THROTTLED',
  'CONNECTION_LOST',
  'CONNECT',
]);

export class MigrationError extends Error {
  readonly retryable: boolean;

  /** Wait the server asked for (Office 365: "Suggested Backoff Time: 3000 milliseconds"). */
  readonly retryAfterMs?: number;

  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly side?: EndpointSide,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
    this.retryable = RETRYABLE.has(code);
    const hint = /backoff time:?\s*(\d+)\s*milli/i.exec(detail ?? '');
    if (hint) this.retryAfterMs = Number(hint[1]);
  }

  withSide(side: EndpointSide): MigrationError {
    if (this.side) return this;
    return new MigrationError(
      this.code,
      `${side === 'source' ? 'Source' : 'Destination'} server: ${this.message}`,
      side,
      this.detail,
    );
  }

  toJSON(): { code: MigrationErrorCode; message: string; side?: EndpointSide; detail?: string } {
    return { code: this.code, message: this.message, side: this.side, detail: this.detail };
  }
}

// Provider wording for "slow down": Office 365 "Request is throttled", Gmail "Too many
// simultaneous connections", Dovecot "Maximum number of connections ... exceeded".
const THROTTLE_HINT =
  /throttl|too many|rate.?limit|try again later|server busy|maximum number of connections|connection limit/i;
const THROTTLE_CODES = /^(LIMIT|UNAVAILABLE|INUSE)\b/i;

/** `text` may start with the response code ("LIMIT Maximum number..."). */
export function isThrottleText(text: string): boolean {
  return THROTTLE_HINT.test(text) || THROTTLE_CODES.test(text.trim());
}

/** Maps Node socket/TLS errors onto our codes. */
export function classifySocketError(err: unknown, host: string): MigrationError {
  if (err instanceof MigrationError) return err;
  const e = err as NodeJS.ErrnoException & { library?: string; reason?: string };
  const code = e?.code ?? '';
  const detail = `${code} ${e?.message ?? String(err)}`.trim();
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return new MigrationError(
      'DNS',
      `The server name "${host}" could not be found. Check the host name.`,
      undefined,
      detail,
    );
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return new MigrationError(
      'CONNECT',
      `Could not connect to ${host}: the server refused or is unreachable. Check host and port.`,
      undefined,
      detail,
    );
  if (code === 'ETIMEDOUT')
    return new MigrationError('TIMEOUT', `The connection to ${host} timed out.`, undefined, detail);
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new MigrationError(
      'CONNECTION_LOST',
      `The connection to ${host} was interrupted.`,
      undefined,
      detail,
    );
  if (
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_TLS') ||
    /SSL|TLS|certificate|self.signed|wrong version/i.test(detail) ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
    code === 'CERT_HAS_EXPIRED' ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
  )
    return new MigrationError(
      'TLS',
      `A secure (TLS) connection to ${host} could not be established. Check the server type/port and the server certificate.`,
      undefined,
      detail,
    );
  return new MigrationError(
    'CONNECTION_LOST',
    `The connection to ${host} failed.`,
    undefined,
    detail,
  );
}
