import { describe, it } from 'vitest';
import type { ImapEndpoint } from '../../modules/migrations/engine/engine.types.js';
import {
  dovecotAvailable,
  startDovecot,
  type DovecotInstance,
  type DovecotUser,
} from './dovecot-instance.js';
import { MASTER, type ServerAddress } from './mailbox-fixtures.js';

export const USER_PASSWORD = 'Us3r-pässword';

/**
 * True when the IMAP integration tests can run. Without Dovecot they are
 * skipped loudly, except in CI where a failing test is registered instead.
 */
export function requireDovecot(): boolean {
  if (dovecotAvailable()) return true;
  const hint =
    'Dovecot is not installed or tests do not run as root (apt-get install -y dovecot-imapd openssl).';
  if (process.env.CI === 'true') {
    describe('IMAP integration prerequisites', () => {
      it('has Dovecot available', () => {
        throw new Error(`IMAP integration tests cannot run in CI: ${hint}`);
      });
    });
  } else {
    console.warn(`\n**********\n*** SKIPPING IMAP integration tests: ${hint}\n**********\n`);
  }
  return false;
}

export interface ImapTestEnv {
  source: DovecotInstance;
  destination: DovecotInstance;
  srcAddr: ServerAddress;
  dstAddr: ServerAddress;
  sourceEndpoint(user: string, overrides?: Partial<ImapEndpoint>): ImapEndpoint;
  destinationEndpoint(user: string, overrides?: Partial<ImapEndpoint>): ImapEndpoint;
  stop(): Promise<void>;
}

/**
 * Source: "." separator, TLS (STARTTLS and implicit) with a self-signed cert, special-use Trash/Junk/Sent.
 * Destination: "/" separator, plain, its own special-use names.
 */
export async function startImapTestEnv(users: Array<string | DovecotUser>): Promise<ImapTestEnv> {
  const list = users.map((u) => (typeof u === 'string' ? { name: u, password: USER_PASSWORD } : u));
  const [source, destination] = await Promise.all([
    startDovecot({
      users: list,
      masterUsers: [MASTER],
      separator: '.',
      tls: true,
      specialUse: { Trash: '\\Trash', Robaccia: '\\Junk', Sent: '\\Sent' },
    }),
    startDovecot({
      users: list,
      masterUsers: [MASTER],
      separator: '/',
      specialUse: {
        'Sent Items': '\\Sent',
        Drafts: '\\Drafts',
        Archive: '\\Archive',
        Trash: '\\Trash',
        Junk: '\\Junk',
      },
    }),
  ]);
  return {
    source,
    destination,
    srcAddr: { host: source.host, port: source.port, separator: '.' },
    dstAddr: { host: destination.host, port: destination.port, separator: '/' },
    sourceEndpoint: (user, overrides = {}) => ({
      serverType: 'STANDARD_NO_SSL',
      host: `${source.host}:${source.port}`,
      user,
      masterUser: MASTER.name,
      masterPassword: MASTER.password,
      allowInvalidCertificates: true,
      ...overrides,
    }),
    destinationEndpoint: (user, overrides = {}) => ({
      serverType: 'STANDARD_NO_SSL',
      host: `${destination.host}:${destination.port}`,
      user,
      masterUser: MASTER.name,
      masterPassword: MASTER.password,
      ...overrides,
    }),
    stop: async () => {
      await Promise.all([source.stop(), destination.stop()]);
    },
  };
}
