import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { DatabaseKind, DatabaseTarget } from '../../infra/db/database-target.js';
import {
  DOVECOT_BINARY,
  dovecotSqlDriverInstalled,
  startDovecotProcess,
  type RunningDovecot,
} from '../../platform/mail/dovecot-process.js';
import {
  databaseProcessUser,
  renderMailConfig,
  type RenderedMailConfig,
} from '../../platform/mail/mail-config.renderer.js';
import { systemUser } from '../../platform/mail/system-users.js';

// Kept apart from the test server so the browser tests can start Dovecot on their own server's database.

/** The platform's master user in these tests. */
export const MASTER = { user: 'casella', password: 'master-secret-2026' };

const hasBinary = (name: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** What this machine lacks to run the mail platform tests on the current database; null: nothing. */
export const mailPlatformMissing = (kind: DatabaseKind): string | null => {
  const driver = kind === 'sqlite' ? 'sqlite' : 'pgsql';
  const missing: string[] = [];
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    missing.push('root (Dovecot drops to the mail user)');
  if (!DOVECOT_BINARY || !fs.existsSync('/usr/lib/dovecot/pop3'))
    missing.push('dovecot-imapd dovecot-pop3d');
  if (!fs.existsSync('/usr/lib/dovecot/lmtp')) missing.push('dovecot-lmtpd');
  if (!fs.existsSync('/usr/lib/dovecot/modules/lib90_sieve_plugin.so'))
    missing.push('dovecot-sieve');
  if (!dovecotSqlDriverInstalled(driver)) missing.push(`dovecot-${driver}`);
  if (!hasBinary('postmap')) missing.push('postfix');
  else if (!execFileSync('postconf', ['-m'], { encoding: 'utf8' }).split('\n').includes(driver))
    missing.push(`postfix-${driver}`);
  if (!systemUser('mail')) missing.push("the system user 'mail'");
  return missing.length ? missing.join(', ') : null;
};

/**
 * True when the mail platform tests can run. Otherwise they are skipped with a
 * loud notice, except in CI where a failing test is registered instead.
 */
export const requireMailPlatform = (kind: DatabaseKind): boolean => {
  const missing = mailPlatformMissing(kind);
  if (!missing) return true;
  const hint = `missing ${missing} (apt-get install -y dovecot-imapd dovecot-pop3d dovecot-lmtpd dovecot-sieve dovecot-sqlite dovecot-pgsql postfix postfix-sqlite postfix-pgsql; run as root)`;
  if (process.env.CI === 'true') {
    describe('mail platform prerequisites', () => {
      it('has Dovecot and Postfix available', () => {
        throw new Error(`the mail platform tests cannot run in CI: ${hint}`);
      });
    });
  } else {
    console.warn(`\n**********\n*** SKIPPING mail platform tests: ${hint}\n**********\n`);
  }
  return false;
};

/** A self-signed certificate for localhost. */
const makeCertificate = (dir: string): { cert: string; key: string } => {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
    srv.on('error', reject);
  });

export interface DovecotInstance {
  /** Null when started without Dovecot (Postfix lookups only). */
  dovecot: RunningDovecot | null;
  rendered: RenderedMailConfig;
  /** Where Dovecot keeps mail: `<domain>/<local part>.<mailbox ID>/Maildir`. */
  mailRoot: string;
  imapPort: number;
  pop3Port: number;
  webmailPort: number;
  /** With `production`: implicit-TLS ports and Postfix's (stand-in) queue directory. */
  imapsPort?: number;
  pop3sPort?: number;
  postfixSpool?: string;
  /** Stops Dovecot and removes its files. */
  stop(): Promise<void>;
}

/**
 * Dovecot (and the Postfix tables) rendered from the templates under `deploy/`
 * against `database`, on loopback high ports.
 */
export const startDovecotFor = async (
  database: DatabaseTarget,
  options: {
    dovecot?: boolean;
    /** Render as for production: TLS with a self-signed certificate, sockets for Postfix. */
    production?: boolean;
    /** `host:port` of the SMTP server automatic replies leave through. */
    submissionHost?: string;
  } = {},
): Promise<DovecotInstance> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-mail-'));
  fs.chmodSync(dir, 0o755);
  const mailRoot = path.join(dir, 'mail');
  fs.mkdirSync(mailRoot);
  const owner = systemUser('mail')!;
  fs.chownSync(mailRoot, owner.uid, owner.gid);
  const [imapPort, pop3Port, webmailPort] = [await freePort(), await freePort(), await freePort()];
  const tls = options.production
    ? { ...makeCertificate(dir), imapsPort: await freePort(), pop3sPort: await freePort() }
    : undefined;
  const postfixSpool = options.production ? path.join(dir, 'spool') : undefined;
  if (postfixSpool) fs.mkdirSync(path.join(postfixSpool, 'private'), { recursive: true });
  const logPath = path.join(dir, 'dovecot.log');
  const rendered = renderMailConfig({
    database,
    outDir: dir,
    master: MASTER,
    dovecot: {
      listen: '127.0.0.1',
      imapPort,
      pop3Port,
      webmailListen: '127.0.0.1',
      webmailPort,
      tls,
      postfixSpool,
      submissionHost: options.submissionHost,
      mailRoot,
      mailOwner: owner,
      baseDir: path.join(dir, 'run'),
      stateDir: path.join(dir, 'state'),
      logPath,
      instanceName: `casella-test-${path.basename(dir)}`,
      dbUser: databaseProcessUser(database),
      // Tests fail logins on purpose: no delay, and no growing per-IP penalty.
      authFailureDelay: '0',
      extraSettings: 'service anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}',
    },
  });
  let dovecot: RunningDovecot | null = null;
  try {
    if (options.dovecot !== false)
      dovecot = await startDovecotProcess({
        conf: rendered.dovecotConf,
        logPath,
        listeners: [
          ...[imapPort, pop3Port, webmailPort].map((port) => ({ host: '127.0.0.1', port })),
          ...(tls
            ? [tls.imapsPort, tls.pop3sPort].map((port) => ({ host: '127.0.0.1', port, tls: true }))
            : []),
        ],
      });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dovecot,
    rendered,
    mailRoot,
    imapPort,
    pop3Port,
    webmailPort,
    imapsPort: tls?.imapsPort,
    pop3sPort: tls?.pop3sPort,
    postfixSpool,
    stop: async () => {
      await dovecot?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
