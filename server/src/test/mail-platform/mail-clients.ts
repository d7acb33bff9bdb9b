import { execFile } from 'node:child_process';
import net from 'node:net';
import tls from 'node:tls';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Just enough IMAP and POP3 to ask a real Dovecot what a person's mail client
 * would: may I log in, may I store this, what is my quota. Kept apart from the
 * migration engine's client so these tests depend on Dovecot alone.
 */

export interface ImapReply {
  status: 'OK' | 'NO' | 'BAD';
  text: string;
  untagged: string[];
}

/** A line-oriented connection: reads CRLF lines as they arrive. */
class LineSocket {
  private buffer = '';
  private lines: string[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(readonly socket: net.Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf('\r\n')) >= 0) {
        this.lines.push(this.buffer.slice(0, i));
        this.buffer = this.buffer.slice(i + 2);
      }
      this.waiters.splice(0).forEach((w) => w());
    });
    const end = () => {
      this.closed = true;
      this.waiters.splice(0).forEach((w) => w());
    };
    socket.on('close', end);
    socket.on('error', end);
  }

  async line(timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (this.lines.length === 0) {
      if (this.closed) throw new Error('connection closed');
      if (Date.now() > deadline) throw new Error('no answer in time');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.lines.shift()!;
  }

  write(data: string | Buffer): void {
    this.socket.write(data);
  }
}

/** Where a test client connects: a loopback port (optionally from another loopback address, or over TLS) or a unix socket. */
export interface Endpoint {
  port?: number;
  localAddress?: string;
  tls?: boolean;
  socketPath?: string;
}

const connect = (to: number | Endpoint, localAddress?: string): Promise<LineSocket> =>
  new Promise((resolve, reject) => {
    const e: Endpoint = typeof to === 'number' ? { port: to, localAddress } : to;
    const socket = e.socketPath
      ? net.connect(e.socketPath)
      : e.tls
        ? tls.connect({ host: '127.0.0.1', port: e.port, rejectUnauthorized: false })
        : net.connect({ host: '127.0.0.1', port: e.port!, localAddress: e.localAddress });
    socket.once(e.tls ? 'secureConnect' : 'connect', () => resolve(new LineSocket(socket)));
    socket.once('error', reject);
  });

export class ImapSession {
  private tag = 0;

  private constructor(private readonly conn: LineSocket) {}

  /** Connects (from `localAddress`, e.g. 127.0.0.2, when given) and reads the greeting. */
  static async open(to: number | Endpoint, localAddress?: string): Promise<ImapSession> {
    const conn = await connect(to, localAddress);
    const greeting = await conn.line();
    if (!greeting.startsWith('* OK')) throw new Error(`unexpected greeting: ${greeting}`);
    return new ImapSession(conn);
  }

  private async reply(tag: string): Promise<ImapReply> {
    const untagged: string[] = [];
    for (;;) {
      const line = await this.conn.line();
      if (line.startsWith(`${tag} `)) {
        const [, status, text] = /^\S+ (OK|NO|BAD) ?(.*)$/.exec(line) ?? [];
        return { status: (status ?? 'BAD') as ImapReply['status'], text: text ?? line, untagged };
      }
      untagged.push(line);
    }
  }

  async command(text: string): Promise<ImapReply> {
    const tag = `a${++this.tag}`;
    this.conn.write(`${tag} ${text}\r\n`);
    return this.reply(tag);
  }

  login(user: string, password: string): Promise<ImapReply> {
    const q = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
    return this.command(`LOGIN ${q(user)} ${q(password)}`);
  }

  /** APPENDs a message to INBOX (synchronising literal, as plain clients do). */
  async append(message: Buffer): Promise<ImapReply> {
    const tag = `a${++this.tag}`;
    this.conn.write(`${tag} APPEND INBOX {${message.length}}\r\n`);
    const go = await this.conn.line();
    if (!go.startsWith('+')) {
      const [, status, text] = /^\S+ (OK|NO|BAD) ?(.*)$/.exec(go) ?? [];
      return { status: (status ?? 'BAD') as ImapReply['status'], text: text ?? go, untagged: [] };
    }
    this.conn.write(message);
    this.conn.write('\r\n');
    return this.reply(tag);
  }

  /** The INBOX quota as Dovecot enforces it, in KiB. */
  async storageQuota(): Promise<{ usedKb: number; limitKb: number }> {
    const r = await this.command('GETQUOTAROOT INBOX');
    const line = r.untagged.find((l) => /^\* QUOTA /.test(l)) ?? '';
    const m = /STORAGE (\d+) (\d+)/.exec(line);
    if (!m) throw new Error(`no storage quota in ${JSON.stringify(r)}`);
    return { usedKb: Number(m[1]), limitKb: Number(m[2]) };
  }

  async logout(): Promise<void> {
    try {
      await this.command('LOGOUT');
    } catch {
      // already closed
    }
    this.conn.socket.destroy();
  }
}

/** One IMAP login attempt; true when Dovecot let the person in. */
export const imapLogin = async (
  to: number | Endpoint,
  user: string,
  password: string,
  localAddress?: string,
): Promise<boolean> => {
  const s = await ImapSession.open(to, localAddress);
  try {
    return (await s.login(user, password)).status === 'OK';
  } catch {
    return false; // Dovecot may drop the connection when the login cannot complete
  } finally {
    await s.logout();
  }
};

/** One POP3 login attempt (USER/PASS); true when Dovecot let the person in. */
export const pop3Login = async (
  to: number | Endpoint,
  user: string,
  password: string,
  localAddress?: string,
): Promise<boolean> => {
  const conn = await connect(to, localAddress);
  try {
    if (!(await conn.line()).startsWith('+OK')) return false;
    conn.write(`USER ${user}\r\n`);
    if (!(await conn.line()).startsWith('+OK')) return false;
    conn.write(`PASS ${password}\r\n`);
    const ok = (await conn.line()).startsWith('+OK');
    conn.write('QUIT\r\n');
    return ok;
  } catch {
    return false;
  } finally {
    conn.socket.destroy();
  }
};

/**
 * Authenticates as Postfix's SMTP AUTH does (service `smtp` on Dovecot's
 * auth-client socket, or the one given), from 127.0.0.1.
 */
export const smtpAuth = async (
  conf: string,
  user: string,
  password: string,
  socket?: string,
): Promise<boolean> => {
  try {
    await run('doveadm', [
      '-c',
      conf,
      'auth',
      'test',
      ...(socket ? ['-a', socket] : []),
      '-x',
      'service=smtp',
      '-x',
      'rip=127.0.0.1',
      user,
      password,
    ]);
    return true;
  } catch {
    return false;
  }
};

/** What a Postfix table answers for a key, exactly as Postfix would; null: not found. */
export const postmapQuery = async (table: string, key: string): Promise<string | null> => {
  try {
    const { stdout } = await run('postmap', ['-q', key, table]);
    return stdout.trim();
  } catch (error) {
    if ((error as { code?: number }).code === 1) return null;
    throw error;
  }
};

/** A message of about `size` bytes. */
export const messageOf = (size: number, subject = 'Test'): Buffer => {
  const head = `From: test@example.org\r\nTo: someone@example.org\r\nSubject: ${subject}\r\n\r\n`;
  const line = 'x'.repeat(76) + '\r\n';
  const body = line.repeat(Math.max(1, Math.ceil((size - head.length) / line.length)));
  return Buffer.from(head + body, 'latin1');
};

/** An LMTP transaction as Postfix's `virtual_transport = lmtp:…` runs it; the reply to each step. */
export const lmtpDeliver = async (
  socketPath: string,
  recipients: string[],
  message: Buffer,
): Promise<{ rcpt: string[]; data: string[] }> => {
  const conn = await connect({ socketPath });
  const reply = async (): Promise<string> => {
    for (;;) {
      const line = await conn.line();
      if (/^\d{3} /.test(line)) return line;
    }
  };
  try {
    await reply();
    conn.write('LHLO casella.test\r\n');
    await reply();
    conn.write('MAIL FROM:<sender@example.org>\r\n');
    await reply();
    const rcpt: string[] = [];
    for (const r of recipients) {
      conn.write(`RCPT TO:<${r}>\r\n`);
      rcpt.push(await reply());
    }
    const data: string[] = [];
    if (rcpt.some((r) => r.startsWith('250'))) {
      conn.write('DATA\r\n');
      await reply();
      conn.write(message);
      conn.write('\r\n.\r\n');
      // LMTP answers DATA once per accepted recipient.
      for (const r of rcpt) if (r.startsWith('250')) data.push(await reply());
    }
    conn.write('QUIT\r\n');
    return { rcpt, data };
  } finally {
    conn.socket.destroy();
  }
};
