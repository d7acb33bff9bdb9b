import net from 'node:net';
import tls from 'node:tls';
import { MigrationError, classifySocketError, isThrottleText } from '../migration-error.js';
import { ImapResponseReader } from './imap-response.reader.js';
import { sharedReadSlabPool, type ReadCursor } from './read-slab.pool.js';
import { parseTagged, parseUntagged } from './imap-tokenizer.js';
import {
  ImapLiteral,
  type RawResponse,
  type TaggedResponse,
  type UntaggedResponse,
} from './imap-response.types.js';

export type TransportSecurity = 'tls' | 'starttls' | 'starttls-if-offered' | 'none';

export interface ConnectOptions {
  host: string;
  port: number;
  security: TransportSecurity;
  /** Only tests should turn this off. */
  rejectUnauthorized: boolean;
  connectTimeoutMs: number;
  /** Fails the connection when commands are pending and nothing arrives for this long. */
  idleTimeoutMs: number;
}

/** `line` is sent only after the server's "+" continuation (SASL responses). */
export type CommandPart = string | { literal: Buffer | ImapLiteral } | { line: string };

export interface CommandResult {
  tagged: TaggedResponse;
  untagged: UntaggedResponse[];
}

export interface CommandOptions {
  /** Receives untagged data while the command runs; returning true consumes it. */
  onUntagged?: (response: UntaggedResponse) => boolean | void;
}

export class ImapCommandError extends Error {
  constructor(
    readonly command: string,
    readonly response: TaggedResponse,
  ) {
    super(
      `${command} failed: ${response.kind}${response.code ? ` [${response.code}]` : ''} ${response.text}`,
    );
    this.name = 'ImapCommandError';
  }
}

interface PendingCommand {
  tag: string;
  name: string;
  untagged: UntaggedResponse[];
  options: CommandOptions;
  resolve: (result: CommandResult) => void;
  reject: (err: Error) => void;
  /** Called once the command's last byte has left Node: its literals may then be reused. */
  written: () => void;
}

interface Waiter {
  tag: string;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** A pipelining IMAP client connection: commands are written back to back and matched by tag. */
export class ImapConnection {
  capabilities = new Set<string>();
  private socket!: net.Socket;
  private readonly cursor: ReadCursor = sharedReadSlabPool.cursor();
  private reader = new ImapResponseReader((raw) => this.dispatch(raw), sharedReadSlabPool);
  private readonly pending: PendingCommand[] = [];
  private continuation: Waiter | undefined;
  private writeChain: Promise<void> = Promise.resolve();
  private tagSeq = 0;
  private failure: MigrationError | undefined;
  private byeText: string | undefined;
  private greetingWaiter: ((raw: RawResponse) => void) | undefined;

  private constructor(private readonly options: ConnectOptions) {}

  get host(): string {
    return this.options.host;
  }

  get closed(): boolean {
    return this.failure !== undefined;
  }

  static async connect(options: ConnectOptions): Promise<ImapConnection> {
    const conn = new ImapConnection(options);
    // plain sockets read straight into pooled slabs; TLS decrypts into buffers of its own
    const socket = await openSocket(
      options,
      options.security === 'tls'
        ? undefined
        : {
            buffer: () => conn.cursor.next(),
            callback: (bytes, region) => {
              conn.receive(conn.cursor.filled(region as Buffer, bytes));
              return true;
            },
          },
    );
    conn.attach(socket);
    const greeting = await conn.readGreeting();
    if (greeting.name === 'BYE') {
      conn.destroy();
      const text = greeting.status?.text ?? '';
      throw isThrottleText(text)
        ? new MigrationError(
            'THROTTLED',
            `${options.host} is limiting connections; will retry later.`,
            undefined,
            text,
          )
        : new MigrationError(
            'CONNECT',
            `${options.host} refused the session: ${text}`,
            undefined,
            text,
          );
    }
    conn.captureCapabilityCode(greeting.status?.code);
    if (conn.capabilities.size === 0) await conn.refreshCapabilities();
    if (options.security === 'starttls' || options.security === 'starttls-if-offered') {
      if (conn.capabilities.has('STARTTLS')) {
        await conn.startTls();
      } else if (options.security === 'starttls') {
        conn.destroy();
        throw new MigrationError(
          'TLS',
          `${options.host} does not offer STARTTLS, so a secure connection is not possible.`,
        );
      }
    }
    return conn;
  }

  has(capability: string): boolean {
    return this.capabilities.has(capability.toUpperCase());
  }

  async refreshCapabilities(): Promise<void> {
    const res = await this.command(['CAPABILITY']);
    const cap = res.untagged.find((u) => u.name === 'CAPABILITY');
    if (cap) this.setCapabilities(cap.tokens.filter((t): t is string => typeof t === 'string'));
    else this.captureCapabilityCode(res.tagged.code);
  }

  captureCapabilityCode(code: string | undefined): void {
    if (code && /^CAPABILITY /i.test(code)) this.setCapabilities(code.split(' ').slice(1));
  }

  private setCapabilities(list: string[]): void {
    this.capabilities = new Set(list.map((c) => c.toUpperCase()));
  }

  command(parts: CommandPart[], options: CommandOptions = {}): Promise<CommandResult> {
    if (this.failure) return Promise.reject(this.failure);
    const tag = `C${++this.tagSeq}`;
    const first = parts[0];
    const name =
      typeof first === 'string' ? first.trim().split(' ').slice(0, 2).join(' ') : 'command';
    return new Promise<CommandResult>((resolve, reject) => {
      let answered: CommandResult | undefined;
      let written = false;
      // the answer counts once the whole command was also written, so callers can reuse its buffers
      const entry: PendingCommand = {
        tag,
        name,
        untagged: [],
        options,
        resolve: (result) => {
          answered = result;
          if (written) resolve(result);
        },
        reject,
        written: () => {
          written = true;
          if (answered) resolve(answered);
        },
      };
      this.writeChain = this.writeChain
        .then(() => this.writeCommand(entry, parts))
        .catch((err: unknown) => {
          this.removePending(entry);
          reject(err instanceof Error ? err : new Error(String(err)));
        });
    });
  }

  private async writeCommand(entry: PendingCommand, parts: CommandPart[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending.push(entry);
    const nonSync = this.has('LITERAL+');
    let out: Array<string | Buffer> = [`${entry.tag} `];
    for (const part of parts) {
      if (typeof part === 'string') {
        out.push(part);
        continue;
      }
      if ('line' in part) {
        await this.flushThenAwaitContinuation(entry, out);
        out = [part.line];
        continue;
      }
      const size = part.literal.length;
      if (nonSync || (this.has('LITERAL-') && size <= 4096)) {
        out.push(`{${size}+}\r\n`, ...chunksOf(part.literal));
        continue;
      }
      out.push(`{${size}}\r\n`);
      await this.flushThenAwaitContinuation(entry, out);
      out = [...chunksOf(part.literal)];
    }
    out.push('\r\n');
    await this.flush(out, entry.written);
  }

  private async flushThenAwaitContinuation(
    entry: PendingCommand,
    out: Array<string | Buffer>,
  ): Promise<void> {
    const cont = new Promise<void>((resolve, reject) => {
      this.continuation = { tag: entry.tag, resolve, reject };
    });
    await this.flush(out);
    await cont;
  }

  private async flush(chunks: Array<string | Buffer>, onWritten?: () => void): Promise<void> {
    if (this.failure) throw this.failure;
    let ok = true;
    this.socket.cork();
    chunks.forEach((c, i) => {
      // a failed write fails the connection, which rejects the command; written only unblocks success
      const done = i === chunks.length - 1 && onWritten ? () => onWritten() : undefined;
      ok = this.socket.write(c, done) && ok;
    });
    this.socket.uncork();
    if (!ok) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = (): void => {
          this.socket.off('close', onClose);
          resolve();
        };
        const onClose = (): void => {
          this.socket.off('drain', onDrain);
          reject(
            this.failure ??
              new MigrationError('CONNECTION_LOST', `The connection to ${this.host} was closed.`),
          );
        };
        this.socket.once('drain', onDrain);
        this.socket.once('close', onClose);
      });
    }
  }

  /** Upgrades the socket in place after a successful STARTTLS. */
  private async startTls(): Promise<void> {
    await this.command(['STARTTLS']);
    const plain = this.socket;
    plain.removeAllListeners('data');
    plain.removeAllListeners('close');
    plain.removeAllListeners('error');
    plain.removeAllListeners('timeout');
    // from here on the TLS layer owns the reads; the slab cursor has nothing left to fill
    this.cursor.close();
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const s = tls.connect(
        {
          socket: plain,
          servername: sniName(this.options.host),
          rejectUnauthorized: this.options.rejectUnauthorized,
        },
        () => resolve(s),
      );
      s.once('error', (err) => reject(classifySocketError(err, this.options.host)));
    });
    this.attach(secure);
    await this.refreshCapabilities();
  }

  private attach(socket: net.Socket): void {
    if (this.socket)
      this.reader = new ImapResponseReader((raw) => this.dispatch(raw), sharedReadSlabPool);
    this.socket = socket;
    socket.setNoDelay(true);
    socket.setTimeout(this.options.idleTimeoutMs);
    // only sockets without a read slab (TLS) emit 'data'
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('timeout', () => {
      if (this.pending.length > 0 || this.greetingWaiter)
        this.fail(new MigrationError('TIMEOUT', `${this.host} stopped responding.`));
    });
    socket.on('error', (err) => this.fail(classifySocketError(err, this.host)));
    socket.on('close', () => this.fail(this.closeError()));
  }

  private receive(chunk: Buffer): void {
    try {
      this.reader.push(chunk);
    } catch (err) {
      this.fail(
        new MigrationError(
          'PROTOCOL',
          `Unexpected data from ${this.host}.`,
          undefined,
          String(err),
        ),
      );
    }
  }

  private closeError(): MigrationError {
    const text = this.byeText;
    if (text && isThrottleText(text))
      return new MigrationError(
        'THROTTLED',
        `${this.host} is throttling this mailbox; will retry later.`,
        undefined,
        text,
      );
    return new MigrationError(
      'CONNECTION_LOST',
      `The connection to ${this.host} was closed${text ? `: ${text}` : ''}.`,
      undefined,
      text,
    );
  }

  private readGreeting(): Promise<UntaggedResponse> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(
          new MigrationError(
            'NOT_IMAP',
            `${this.host} did not send an IMAP greeting. Check the port: it may not be an IMAP server.`,
          ),
        );
      }, this.options.connectTimeoutMs);
      this.greetingWaiter = (raw) => {
        clearTimeout(timer);
        this.greetingWaiter = undefined;
        const first = typeof raw[0] === 'string' ? raw[0] : '';
        const greeting = first.startsWith('* ') ? parseUntagged(raw) : undefined;
        if (!greeting || !['OK', 'PREAUTH', 'BYE'].includes(greeting.name)) {
          const err = new MigrationError(
            'NOT_IMAP',
            `${this.host} answered, but it is not an IMAP server. Check the host and port.`,
            undefined,
            first.slice(0, 120),
          );
          this.fail(err);
          reject(err);
          return;
        }
        resolve(greeting);
      };
      this.greetingFailure = (err) => {
        clearTimeout(timer);
        reject(err);
      };
    });
  }

  private greetingFailure: ((err: MigrationError) => void) | undefined;

  private dispatch(raw: RawResponse): void {
    const first = typeof raw[0] === 'string' ? raw[0] : '';
    if (this.greetingWaiter) {
      this.greetingWaiter(raw);
      return;
    }
    if (first.startsWith('+')) {
      const waiter = this.continuation;
      this.continuation = undefined;
      waiter?.resolve();
      return;
    }
    if (first.startsWith('* ')) {
      const res = parseUntagged(raw);
      if (res.name === 'BYE') this.byeText = res.status?.text ?? '';
      if (res.name === 'CAPABILITY')
        this.setCapabilities(res.tokens.filter((t): t is string => typeof t === 'string'));
      // Dovecot may run pipelined FETCHes in parallel, so data is offered to every
      // running command (each claims its own UIDs) before defaulting to the oldest.
      for (const p of this.pending) if (p.options.onUntagged?.(res) === true) return;
      this.pending[0]?.untagged.push(res);
      return;
    }
    const tagged = parseTagged(first);
    const idx = this.pending.findIndex((p) => p.tag === tagged.tag);
    if (idx < 0) return;
    const [entry] = this.pending.splice(idx, 1);
    if (!entry) return;
    if (this.continuation?.tag === tagged.tag) {
      // server rejected a command before accepting its literal
      this.continuation.reject(new ImapCommandError(entry.name, tagged));
      this.continuation = undefined;
    }
    this.captureCapabilityCode(tagged.code);
    if (tagged.kind === 'OK') entry.resolve({ tagged, untagged: entry.untagged });
    else entry.reject(new ImapCommandError(entry.name, tagged));
  }

  private removePending(entry: PendingCommand): void {
    const idx = this.pending.indexOf(entry);
    if (idx >= 0) this.pending.splice(idx, 1);
  }

  private fail(err: MigrationError): void {
    if (this.failure) return;
    this.failure = err;
    this.greetingFailure?.(err);
    this.greetingFailure = undefined;
    for (const p of this.pending.splice(0)) p.reject(err);
    this.continuation?.reject(err);
    this.continuation = undefined;
    this.socket?.destroy();
    this.cursor.close();
  }

  /** Polite LOGOUT with a short grace period, then a hard close. */
  async logout(): Promise<void> {
    if (this.failure) return;
    const timer = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
    await Promise.race([
      this.command(['LOGOUT']).then(
        () => undefined,
        () => undefined,
      ),
      timer,
    ]);
    this.destroy();
  }

  destroy(): void {
    this.fail(new MigrationError('CONNECTION_LOST', `The connection to ${this.host} was closed.`));
  }
}

function chunksOf(literal: Buffer | ImapLiteral): Buffer[] {
  return literal instanceof ImapLiteral ? literal.chunks : [literal];
}

function sniName(host: string): string | undefined {
  return net.isIP(host) ? undefined : host;
}

function openSocket(options: ConnectOptions, onread?: net.OnReadOpts): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket: net.Socket =
      options.security === 'tls'
        ? tls.connect({
            host: options.host,
            port: options.port,
            servername: sniName(options.host),
            rejectUnauthorized: options.rejectUnauthorized,
          })
        : net.connect({ host: options.host, port: options.port, onread });
    const readyEvent = options.security === 'tls' ? 'secureConnect' : 'connect';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new MigrationError(
          'TIMEOUT',
          `Connecting to ${options.host}:${options.port} timed out. Check host, port and firewall.`,
        ),
      );
    }, options.connectTimeoutMs);
    socket.once(readyEvent, () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      socket.destroy();
      reject(classifySocketError(err, options.host));
    });
  });
}
