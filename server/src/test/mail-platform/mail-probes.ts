import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { connect, type Endpoint } from './line-socket.js';

const run = promisify(execFile);

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
  sender = 'sender@example.org',
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
    conn.write(`MAIL FROM:<${sender}>\r\n`);
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
