import { createHash } from 'node:crypto';

/** What a mailbox's automatic reply says, and when. */
export interface Autoresponder {
  enabled: boolean;
  subject?: string | null;
  body?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

export interface VacationSieve {
  script: string;
  /** Changes whenever the script does: Dovecot recompiles a script only under a new ID. */
  id: string;
}

/** A Sieve quoted string (RFC 5228 §2.4.2): backslash and double quote escaped, one line. */
const quoted = (text: string): string =>
  `"${text.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** A Sieve multi-line string: CRLF lines, a leading dot doubled, ended by a lone dot. */
const multiLine = (text: string): string =>
  `text:\r\n${text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.startsWith('.') ? `.${line}` : line))
    .join('\r\n')}\r\n.\r\n`;

const utc = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/**
 * The Sieve script Dovecot (Pigeonhole) runs at delivery for a mailbox's
 * automatic reply, or null when there is none to send. One reply per sender a
 * day; Pigeonhole itself never answers lists, bulk mail or other automatic
 * replies. The dates are compared in UTC at delivery time.
 */
export const vacationSieve = (reply: Autoresponder): VacationSieve | null => {
  const body = reply.body?.trim();
  if (!reply.enabled || !body) return null;
  const window = [
    reply.startsAt && `currentdate :zone "+0000" :value "ge" "iso8601" "${utc(reply.startsAt)}"`,
    reply.endsAt && `currentdate :zone "+0000" :value "lt" "iso8601" "${utc(reply.endsAt)}"`,
  ].filter((test): test is string => Boolean(test));
  const subject = reply.subject?.trim() ? ` :subject ${quoted(reply.subject.trim())}` : '';
  const vacation = `vacation :days 1${subject} ${multiLine(body)};\r\n`;
  const script =
    `# Casella: the mailbox's automatic reply, written by the panel\r\n` +
    `require ["vacation"${window.length ? ', "date", "relational"' : ''}];\r\n` +
    (window.length ? `if allof (${window.join(', ')}) {\r\n  ${vacation}}\r\n` : vacation);
  return { script, id: createHash('sha256').update(script).digest('hex').slice(0, 16) };
};
