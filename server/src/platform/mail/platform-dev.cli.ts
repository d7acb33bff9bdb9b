import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../infra/config/config.js';
import { databaseTarget, migrate, openOrm, systemEm } from '../../infra/db/orm.js';
import { createLogger } from '../../infra/logger/logger.js';
import { bootstrapDatabase } from '../../modules/demo/demo-data.js';
import {
  DOVECOT_BINARY,
  dovecotSqlDriverInstalled,
  startDovecotProcess,
} from './dovecot-process.js';
import { databaseProcessUser, postfixTable, renderMailConfig } from './mail-config.renderer.js';
import { systemUser } from './system-users.js';

/**
 * `pnpm platform:dev`: a Dovecot on loopback that serves the mailboxes of the
 * current database (DATA_DIR's SQLite file, or DATABASE_URL), configured from
 * the templates under `deploy/`, until Ctrl-C.
 */
const { values: flags } = parseArgs({
  // `pnpm platform:dev -- --imap-port 2143` passes the `--` along.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    'imap-port': { type: 'string', default: '1143' },
    'pop3-port': { type: 'string', default: '1110' },
    'webmail-port': { type: 'string', default: '1144' },
    listen: { type: 'string', default: '127.0.0.1' },
    'mail-user': { type: 'string', default: 'mail' },
  },
});

const fail = (message: string): never => {
  console.error(`platform:dev: ${message}`);
  process.exit(1);
};

const port = (name: 'imap-port' | 'pop3-port' | 'webmail-port'): number => {
  const n = Number(flags[name]);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : fail(`--${name} must be a port number`);
};

const main = async (): Promise<void> => {
  const config = loadConfig();
  const target = databaseTarget(config);
  const driver = target.kind === 'sqlite' ? 'sqlite' : 'pgsql';
  if (process.getuid?.() !== 0) fail('run it as root: Dovecot switches to the mail user');
  if (!DOVECOT_BINARY || !fs.existsSync('/usr/lib/dovecot/pop3'))
    fail('install Dovecot first: apt-get install dovecot-imapd dovecot-pop3d');
  if (!dovecotSqlDriverInstalled(driver))
    fail(`install Dovecot's ${driver} driver first: apt-get install dovecot-${driver}`);
  const owner =
    systemUser(flags['mail-user']!) ?? fail(`there is no system user "${flags['mail-user']}"`);

  // The same start-up the server does: migrations (the lookups), demo data on an empty database.
  const orm = await openOrm(target);
  await migrate(orm);
  await bootstrapDatabase(
    systemEm(orm),
    {
      demoData: config.DEMO_DATA,
      adminPassword: process.env.ADMIN_PASSWORD,
      mailboxMaxMessages: config.MAILBOX_MAX_MESSAGES,
    },
    createLogger('warn'),
  );
  await orm.close();

  const home = path.join(config.DATA_DIR, 'mail-platform');
  const mailRoot = path.join(home, 'mail');
  fs.mkdirSync(mailRoot, { recursive: true });
  fs.chownSync(mailRoot, owner.uid, owner.gid);
  // Unix sockets need a short path: Dovecot's run directory lives in /tmp.
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-dovecot-'));
  const logPath = path.join(home, 'dovecot.log');
  const listen = flags.listen!;
  const [imapPort, pop3Port, webmailPort] = [
    port('imap-port'),
    port('pop3-port'),
    port('webmail-port'),
  ];
  const master = config.MAIL_MASTER_PASSWORD
    ? { user: config.MAIL_MASTER_USER, password: config.MAIL_MASTER_PASSWORD }
    : undefined;
  const rendered = renderMailConfig({
    database: target,
    outDir: path.join(home, 'etc'),
    master,
    dovecot: {
      listen,
      imapPort,
      pop3Port,
      webmailListen: listen,
      webmailPort,
      mailRoot,
      mailOwner: owner,
      baseDir,
      stateDir: path.join(home, 'state'),
      logPath,
      instanceName: 'casella-dev',
      dbUser: databaseProcessUser(target),
    },
  });
  const dovecot = await startDovecotProcess({
    conf: rendered.dovecotConf,
    logPath,
    listeners: [imapPort, pop3Port, webmailPort].map((p) => ({
      host: listen === '*' || listen === '0.0.0.0' ? '127.0.0.1' : listen,
      port: p,
    })),
  });
  const where = target.kind === 'sqlite' ? target.location : 'DATABASE_URL (PostgreSQL)';
  console.log(
    [
      `Dovecot (pid ${dovecot.pid}) serves the mailboxes of ${where}:`,
      `  IMAP     ${listen}:${imapPort}`,
      `  POP3     ${listen}:${pop3Port}`,
      `  webmail  ${listen}:${webmailPort} (IMAP; logins here follow the Webmail switch)`,
      master
        ? `  master   ${master.user} (log in as address*${master.user} with MAIL_MASTER_PASSWORD)`
        : '  master   none (set MAIL_MASTER_PASSWORD to add the platform master user)',
      `  config   ${rendered.dovecotConf}`,
      `  log      ${logPath}`,
      `  mail     ${mailRoot}`,
      `Postfix tables: ${rendered.postfixDir}/*.cf, e.g.`,
      `  postmap -q info@acme-demo.it ${postfixTable(rendered, 'aliases')}`,
      'Try it:',
      `  python3 -c "import imaplib; m = imaplib.IMAP4('127.0.0.1', ${imapPort}); print(m.login('mario.rossi@acme-demo.it', 'mario-2026'))"`,
      'Ctrl-C stops it.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await dovecot.stop();
    fs.rmSync(baseDir, { recursive: true, force: true });
    console.log('\nDovecot stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  void dovecot.exited.then(() => {
    if (stopping) return;
    console.error(`Dovecot ended on its own; its log:\n${dovecot.log()}`);
    process.exit(1);
  });
};

await main();
