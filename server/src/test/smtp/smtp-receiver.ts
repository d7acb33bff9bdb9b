import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as a person's mail client would show it. */
export interface ReceivedMail {
  /** Envelope recipients. */
  to: string[];
  /** Decoded headers (RFC 2047 words), by lower-case name. */
  headers: Record<string, string>;
  from: string;
  subject: string;
  /** The decoded text body. */
  text: string;
  raw: string;
}

// Just the MIME nodemailer writes for a text message: RFC 2047 words in
// headers, a single part in quoted-printable, base64 or plain 7/8 bit.
const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_all, _charset, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );

const decodeBody = (body: string, encoding: string): string => {
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
};

export const parseMail = (to: string[], raw: string): ReceivedMail => {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  return {
    to,
    headers,
    from: headers.from ?? '',
    subject: headers.subject ?? '',
    text: decodeBody(raw.slice(split + 4), encoding).replace(/\r\n/g, '\n'),
    raw,
  };
};

/** A real SMTP server on loopback that keeps every message it accepts. */
export const startSmtpReceiver = async () => {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push(parseMail(to, Buffer.concat(chunks).toString('utf8')));
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    port,
    /** For SMTP_URL. */
    url: `smtp://127.0.0.1:${port}`,
    reset: () => {
      received.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type SmtpReceiver = Awaited<ReturnType<typeof startSmtpReceiver>>;
