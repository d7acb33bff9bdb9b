import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  from?: string;
}

export interface Mailer {
  /** Resolves once the message is accepted by the relay (or written to disk). */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): void;
}

/** SMTP through `SMTP_URL`, or `.eml` files in `DATA_DIR/outbox` when it is unset. */
export const createMailer = (
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'outboxDir'>,
): Mailer => {
  if (config.SMTP_URL) {
    const transport = nodemailer.createTransport(config.SMTP_URL);
    return {
      send: async (m) => {
        const info = await transport.sendMail({ from: config.MAIL_FROM, ...m });
        return { messageId: String(info.messageId) };
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    send: async (m) => {
      const info = await transport.sendMail({ from: config.MAIL_FROM, ...m });
      await fs.mkdir(config.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const id = String(info.messageId).replace(/[^a-zA-Z0-9@.-]/g, '');
      await fs.writeFile(path.join(config.outboxDir, `${stamp}-${id}.eml`), info.message as Buffer);
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
};
