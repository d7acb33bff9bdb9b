import { connect, type Endpoint, type LineSocket } from './line-socket.js';

/**
 * Just enough IMAP to ask a real Dovecot what a person's mail client would:
 * may I log in, may I store this, what is my quota. Kept apart from the
 * migration engine's client so these tests depend on Dovecot alone.
 */
export interface ImapReply {
  status: 'OK' | 'NO' | 'BAD';
  text: string;
  untagged: string[];
}

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

  /** The INBOX message-count quota as Dovecot enforces it. */
  async messageQuota(): Promise<{ used: number; limit: number }> {
    const r = await this.command('GETQUOTAROOT INBOX');
    const line = r.untagged.find((l) => /^\* QUOTA /.test(l)) ?? '';
    const m = /MESSAGE (\d+) (\d+)/.exec(line);
    if (!m) throw new Error(`no message quota in ${JSON.stringify(r)}`);
    return { used: Number(m[1]), limit: Number(m[2]) };
  }

  /** Deletes INBOX messages for good, as a client emptying them does (`set`: `1`, `1:6`). */
  async expunge(set: string): Promise<void> {
    for (const cmd of ['SELECT INBOX', `STORE ${set} +FLAGS.SILENT (\\Deleted)`, 'EXPUNGE']) {
      const r = await this.command(cmd);
      if (r.status !== 'OK') throw new Error(`${cmd}: ${r.text}`);
    }
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
