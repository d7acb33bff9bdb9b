// The provider presets against a real server: a Dovecot that only lets an admin in the way
// the preset logs in (SASL PLAIN with an authorization ID for Exchange/Office 365: its
// "user*admin" form is switched off), over implicit TLS, with Gmail's folder tree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImapSyncEngine } from './imap-sync.engine.js';
import { MemorySyncStateStore } from './memory-sync-state.store.js';
import type { ImapEndpoint } from './engine.types.js';
import { startDovecot, type DovecotInstance } from '../../../test/imap/dovecot-instance.js';
import {
  requireDovecot,
  startImapTestEnv,
  USER_PASSWORD,
  type ImapTestEnv,
} from '../../../test/imap/imap-test-env.js';
import {
  MASTER,
  fillMailbox,
  makeMessage,
  snapshotMailbox,
  type FixtureMessage,
  type ServerAddress,
} from '../../../test/imap/mailbox-fixtures.js';

const hasDovecot = requireDovecot();

function message(folder: string, id: string, day: number): FixtureMessage {
  const dateMs = Date.UTC(2023, 4, day);
  return {
    folder,
    flags: ['\\Seen'],
    internalDateMs: dateMs,
    body: makeMessage({ messageId: `${id}@casella.test`, subject: id, dateMs, size: 1500 }),
  };
}

const folderCounts = (snapshot: Map<string, unknown[]>): Record<string, number> =>
  Object.fromEntries(
    [...snapshot].filter(([, keys]) => keys.length > 0).map(([f, k]) => [f, k.length]),
  );

describe.skipIf(!hasDovecot)('ImapSyncEngine provider presets', { timeout: 30_000 }, () => {
  let env: ImapTestEnv;
  let provider: DovecotInstance;
  let providerAddr: ServerAddress;
  const engine = new ImapSyncEngine({ settings: { retryBaseMs: 20, retryMaxMs: 50 } });

  beforeAll(async () => {
    const users = ['o365@example.com', 'gmail@example.com'];
    [env, provider] = await Promise.all([
      startImapTestEnv(users),
      // Gmail's tree: "/" separator, everything under [Gmail], All Mail holding every message again
      startDovecot({
        // only the fixtures log in as "user%master"; the engine's "user*master" would be refused
        masterSeparator: '%',
        users: users.map((name) => ({ name, password: USER_PASSWORD })),
        masterUsers: [MASTER],
        separator: '/',
        tls: true,
        specialUse: {
          '[Gmail]/All Mail': '\\All',
          '[Gmail]/Starred': '\\Flagged',
          '[Gmail]/Sent Mail': '\\Sent',
          '[Gmail]/Spam': '\\Junk',
          '[Gmail]/Cestino': '\\Trash',
        },
      }),
    ]);
    providerAddr = {
      host: provider.host,
      port: provider.port,
      separator: '/',
      masterSeparator: '%',
    };
  }, 60_000);

  afterAll(async () => {
    await Promise.all([env?.stop(), provider?.stop()]);
  });

  /** The provider server's implicit-TLS port (self-signed), logging in as `login` says. */
  const providerEndpoint = (user: string, login: Partial<ImapEndpoint>): ImapEndpoint => ({
    serverType: 'STANDARD_SSL',
    host: `127.0.0.1:${provider.tlsPort}`,
    user,
    allowInvalidCertificates: true,
    ...login,
  });

  /** Copies `user` to the destination; the destination's folders that hold messages, with counts. */
  async function copyAndCount(source: ImapEndpoint, user: string): Promise<Record<string, number>> {
    const result = await engine.run({
      source,
      destination: env.destinationEndpoint(user),
      stateStore: new MemorySyncStateStore(),
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('COMPLETED');
    return folderCounts(await snapshotMailbox(env.dstAddr, user));
  }

  it('Office 365 / Exchange: implicit TLS and admin access as a SASL authorization ID', async () => {
    const user = 'o365@example.com';
    await fillMailbox(
      providerAddr,
      user,
      [
        message('INBOX', 'o365-1', 1),
        message('INBOX', 'o365-2', 2),
        message('Archivio', 'o365-3', 3),
      ],
      [],
    );
    const source = (overrides: Partial<ImapEndpoint> = {}): ImapEndpoint =>
      providerEndpoint(user, {
        serverType: 'OFFICE365',
        masterUser: MASTER.name,
        masterPassword: MASTER.password,
        ...overrides,
      });
    expect(await engine.validate(source())).toMatchObject({ ok: true });
    // Dovecot logs the mailbox the admin acted for, over TLS
    expect(provider.log()).toMatch(/Login: user=<o365@example.com>.*TLS/);
    // the same admin in the "user*admin" form other presets use is refused here
    const separatorForm = await engine.validate(source({ serverType: 'STANDARD_SSL' }));
    expect(separatorForm).toMatchObject({ ok: false, error: { code: 'AUTH' } });

    const refused = await engine.validate(source({ masterPassword: 'wrong' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'AUTH', side: 'source' } });
    const exchange = await engine.validate(source({ serverType: 'EXCHANGE' }));
    expect(exchange).toMatchObject({ ok: true });

    expect(await copyAndCount(source(), user)).toEqual({
      INBOX: 2,
      // the Italian name finds the destination's \Archive folder
      Archive: 1,
    });
  });

  it('Gmail: password login, virtual folders left out, Sent Mail to the destination Sent', async () => {
    const user = 'gmail@example.com';
    await fillMailbox(
      providerAddr,
      user,
      [
        message('INBOX', 'g-1', 1),
        message('INBOX', 'g-2', 2),
        message('[Gmail]/Sent Mail', 'g-3', 3),
        message('Clienti/Città', 'g-4', 4),
        // Gmail shows the same messages again in its virtual folders
        message('[Gmail]/All Mail', 'g-1', 1),
        message('[Gmail]/All Mail', 'g-2', 2),
        message('[Gmail]/All Mail', 'g-3', 3),
        message('[Gmail]/Important', 'g-1', 1),
        message('[Gmail]/Starred', 'g-2', 2),
        message('[Gmail]/Spam', 'g-5', 5),
        message('[Gmail]/Cestino', 'g-6', 6),
      ],
      [],
    );
    const source = (overrides: Partial<ImapEndpoint> = {}): ImapEndpoint =>
      providerEndpoint(user, { serverType: 'GMAIL', password: USER_PASSWORD, ...overrides });
    // Gmail has no admin login into a user's mailbox: said before anything is tried
    const asAdmin = await engine.validate(
      source({ password: undefined, masterUser: MASTER.name, masterPassword: MASTER.password }),
    );
    expect(asAdmin).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });

    const survey = await engine.survey(source());
    const excluded = survey.folders.filter((f) => f.excluded).map((f) => f.name);
    expect(excluded.sort()).toEqual(
      [
        '[Gmail]/All Mail',
        '[Gmail]/Cestino',
        '[Gmail]/Important',
        '[Gmail]/Spam',
        '[Gmail]/Starred',
      ].sort(),
    );
    expect(survey.messagesToCopy).toBe(4);

    expect(await copyAndCount(source(), user)).toEqual({
      INBOX: 2,
      'Sent Items': 1,
      'Clienti/Città': 1,
    });
  });
});
