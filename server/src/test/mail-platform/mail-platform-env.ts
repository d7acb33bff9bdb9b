import type { DatabaseTarget } from '../../infra/db/orm.js';
import { postfixTable, type PostfixMap } from '../../platform/mail/mail-config.renderer.js';
import { startTestServer, testDbKind, type TestServer } from '../test-server.js';
import {
  mailPlatformMissing as missingFor,
  requireMailPlatform as requireFor,
  startDovecotFor,
  type DovecotInstance,
} from './dovecot-instance.js';

export { MASTER } from './dovecot-instance.js';

/** What this machine lacks to run the mail platform tests on the current database; null: nothing. */
export const mailPlatformMissing = (): string | null => missingFor(testDbKind());

/**
 * True when the mail platform tests can run. Otherwise they are skipped with a
 * loud notice, except in CI where a failing test is registered instead.
 */
export const requireMailPlatform = (): boolean => requireFor(testDbKind());

/** The database the test server runs on, as the daemons must reach it. */
const databaseOf = (server: TestServer): DatabaseTarget =>
  testDbKind() === 'sqlite'
    ? { kind: 'sqlite', location: String(server.app.orm.config.get('dbName')) }
    : { kind: 'postgresql', location: server.app.orm.config.getClientUrl() };

export interface MailPlatform extends Omit<DovecotInstance, 'stop'> {
  server: TestServer;
  /** `type:file` of a rendered Postfix table, for `postmap -q`. */
  table(map: PostfixMap): string;
  stop(): Promise<void>;
}

/**
 * A real Casella server (demo data) and a real Dovecot configured from the
 * templates under `deploy/` against the same database, on loopback high ports.
 */
export const startMailPlatform = async (
  options: {
    serverEnv?: Record<string, string>;
    dovecot?: boolean;
    /** Render as for production: TLS with a self-signed certificate, sockets for Postfix. */
    production?: boolean;
    /** `host:port` of the SMTP server automatic replies leave through. */
    submissionHost?: string;
  } = {},
): Promise<MailPlatform> => {
  const server = await startTestServer(options.serverEnv);
  let mail: DovecotInstance;
  try {
    mail = await startDovecotFor(databaseOf(server), options);
  } catch (error) {
    await server.destroy();
    throw error;
  }
  const { stop, ...rest } = mail;
  return {
    ...rest,
    server,
    table: (map) => postfixTable(rest.rendered, map),
    stop: async () => {
      await stop();
      await server.destroy();
    },
  };
};
