import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../infra/config/config.js';
import { databaseTarget } from '../../infra/db/orm.js';
import { databaseProcessUser, postfixTable, renderMailConfig } from './mail-config.renderer.js';
import { systemUser } from './system-users.js';

/**
 * Production: renders Dovecot's and Postfix's configuration for the database
 * Casella uses (DATABASE_URL, or DATA_DIR's SQLite file) and its master user
 * (MAIL_MASTER_USER / MAIL_MASTER_PASSWORD) into --out. See the README.
 */
const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    out: { type: 'string' },
    listen: { type: 'string', default: '*' },
    'imap-port': { type: 'string', default: '143' },
    'pop3-port': { type: 'string', default: '110' },
    'imaps-port': { type: 'string', default: '993' },
    'pop3s-port': { type: 'string', default: '995' },
    'webmail-listen': { type: 'string', default: '127.0.0.1' },
    'webmail-port': { type: 'string', default: '10143' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'mail-root': { type: 'string', default: '/var/vmail' },
    'mail-user': { type: 'string', default: 'vmail' },
    'base-dir': { type: 'string', default: '/run/dovecot' },
    'state-dir': { type: 'string', default: '/var/lib/dovecot' },
    'log-path': { type: 'string', default: 'syslog' },
    'postfix-spool': { type: 'string', default: '/var/spool/postfix' },
    'submission-host': { type: 'string', default: '127.0.0.1:25' },
  },
});

const fail = (message: string): never => {
  console.error(`render-mail-config: ${message}`);
  process.exit(1);
};

const port = (name: keyof typeof flags): number => {
  const n = Number(flags[name]);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : fail(`--${name} must be a port number`);
};

const config = loadConfig();
const target = databaseTarget(config);
const out = path.resolve(flags.out ?? fail('--out DIR is required'));
const mailOwner =
  systemUser(flags['mail-user']!) ??
  fail(
    `no system user "${flags['mail-user']}" (e.g. useradd --system --home ${flags['mail-root']} ${flags['mail-user']})`,
  );
if (Boolean(flags['tls-cert']) !== Boolean(flags['tls-key']))
  fail('--tls-cert and --tls-key go together');

const rendered = renderMailConfig({
  database: target,
  outDir: out,
  master: config.MAIL_MASTER_PASSWORD
    ? { user: config.MAIL_MASTER_USER, password: config.MAIL_MASTER_PASSWORD }
    : undefined,
  dovecot: {
    listen: flags.listen!,
    imapPort: port('imap-port'),
    pop3Port: port('pop3-port'),
    webmailListen: flags['webmail-listen']!,
    webmailPort: port('webmail-port'),
    tls: flags['tls-cert']
      ? {
          cert: flags['tls-cert'],
          key: flags['tls-key']!,
          imapsPort: port('imaps-port'),
          pop3sPort: port('pop3s-port'),
        }
      : undefined,
    mailRoot: flags['mail-root']!,
    mailOwner,
    baseDir: flags['base-dir']!,
    stateDir: flags['state-dir']!,
    logPath: flags['log-path']!,
    instanceName: 'dovecot',
    dbUser: databaseProcessUser(target),
    postfixSpool: flags['postfix-spool'] === 'none' ? undefined : flags['postfix-spool'],
    submissionHost: flags['submission-host'],
  },
});

console.log(
  [
    'Wrote:',
    ...rendered.files.map((f) => `  ${f}`),
    config.MAIL_MASTER_PASSWORD
      ? `Master user: ${config.MAIL_MASTER_USER} (its password is stored hashed)`
      : 'No master user: set MAIL_MASTER_PASSWORD for IMAP migrations into hosted mailboxes.',
    'Next:',
    `  doveconf -n -c ${rendered.dovecotConf}   # check it, then make it Dovecot's configuration`,
    `  postmap -q postmaster@<a domain> ${postfixTable(rendered, 'mailboxes')}`,
    `  add ${path.join(rendered.postfixDir, 'main.cf')} to /etc/postfix/main.cf, then postfix reload`,
  ].join('\n'),
);
