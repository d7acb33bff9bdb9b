import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Display name of the sender (a reseller's, for white-label notices); MAIL_FROM's address is kept. */
  fromName?: string;
}

/** `"Name" <address>` with MAIL_FROM's address, or MAIL_FROM itself when no name is given. */
export const senderOf = (mailFrom: string, fromName?: string): string => {
  if (!fromName) return mailFrom;
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return `"${fromName.replace(/["\\\r\n]/g, '')}" <${address}>`;
};

export interface Mailer {
  /** Resolves once the message is accepted by the relay (or written to disk). */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): void;
}

/** SMTP through `SMTP_URL`, or `.eml` files in `DATA_DIR/outbox` when it is unset. */
export const createMailer = (
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM' | 'outboxDir'>,
): Mailer => {
  const toFile = !config.SMTP_URL;
  const transport = config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async ({ fromName, ...rest }) => {
      const info = await transport.sendMail({
        ...rest,
        from: senderOf(config.MAIL_FROM, fromName),
      });
      const messageId = String(info.messageId);
      if (toFile) {
        await fs.mkdir(config.outboxDir, { recursive: true });
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const name = `${stamp}-${messageId.replace(/[^a-zA-Z0-9@.-]/g, '')}.eml`;
        await fs.writeFile(
          path.join(config.outboxDir, name),
          (info as unknown as { message: Buffer }).message,
        );
      }
      return { messageId };
    },
    close: () => transport.close(),
  };
};
