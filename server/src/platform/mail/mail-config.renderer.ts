import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../infra/config/config.js';
import type { DatabaseTarget } from '../../infra/db/database-target.js';
import { hashMailboxPassword } from '../passwords/mailbox-password.js';
import { mailDatabaseConnection } from './database-connection.js';
import { systemUser } from './system-users.js';
import { fillTemplate } from './template.js';

export const DEPLOY_DIR = path.join(REPO_ROOT, 'deploy');

/** The system user that owns the mail files (Debian's `mail`, or a dedicated `vmail`). */
export interface MailOwner {
  user: string;
  group: string;
  uid: number;
  gid: number;
}

export interface DovecotSettings {
  /** Address the IMAP and POP3 listeners bind (`*` for all). */
  listen: string;
  imapPort: number;
  pop3Port: number;
  /** The webmail's own IMAP listener: logins there count as webmail. */
  webmailListen: string;
  webmailPort: number;
  /** A certificate enables TLS (STARTTLS and the implicit-TLS ports); none allows plaintext logins. */
  tls?: { cert: string; key: string; imapsPort: number; pop3sPort: number };
  /** Mail lives in `<mailRoot>/<domain>/<local part>.<mailbox ID>/Maildir`. */
  mailRoot: string;
  mailOwner: MailOwner;
  baseDir: string;
  stateDir: string;
  logPath: string;
  instanceName: string;
  /** The user the database-reading processes run as; '' keeps root. */
  dbUser: string;
  authFailureDelay?: string;
  /** Postfix's queue directory: adds the SASL and LMTP sockets Postfix uses. */
  postfixSpool?: string;
  /** `host:port` of the SMTP server automatic replies leave through (default: Postfix on this host). */
  submissionHost?: string;
  /** Appended verbatim (tests tune a few limits). */
  extraSettings?: string;
}

export interface MailConfigOptions {
  database: DatabaseTarget;
  /** Where the files go: `dovecot/` and `postfix/` below it. */
  outDir: string;
  dovecot: DovecotSettings;
  /** The platform's master user (`address*user` logs in as any active mailbox). */
  master?: { user: string; password: string };
}

export interface RenderedMailConfig {
  dovecotConf: string;
  postfixDir: string;
  /** `sqlite` or `pgsql`: how Postfix names the tables. */
  postfixType: 'sqlite' | 'pgsql';
  files: string[];
}

const POSTFIX_MAPS = ['domains', 'mailboxes', 'aliases', 'catch-alls', 'recipient-access'] as const;
export type PostfixMap = (typeof POSTFIX_MAPS)[number];

const readTemplate = (relative: string): string =>
  fs.readFileSync(path.join(DEPLOY_DIR, relative), 'utf8');

const sslSettings = (tls: DovecotSettings['tls']): string =>
  tls
    ? `ssl = yes\nssl_cert = <${tls.cert}\nssl_key = <${tls.key}\nssl_min_protocol = TLSv1.2\n` +
      '# plaintext logins only over TLS (or from this host)\ndisable_plaintext_auth = yes'
    : '# no TLS: plaintext logins, for loopback listeners only\nssl = no\ndisable_plaintext_auth = no';

const tlsListener = (name: string, address: string, port: number | undefined): string =>
  port
    ? `  inet_listener ${name} {\n    address = ${address}\n    port = ${port}\n    ssl = yes\n  }\n`
    : '';

const postfixServices = (spool: string | undefined): string =>
  spool
    ? `# Postfix: SMTP AUTH (smtpd_sasl_type = dovecot) and delivery over LMTP.
service auth {
  unix_listener ${spool}/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
service lmtp {
  unix_listener ${spool}/private/dovecot-lmtp {
    mode = 0600
    user = postfix
    group = postfix
  }
}`
    : '';

const DOVECOT_INTERNAL_USER = '$default_internal_user';

/** Rendering as root: a 0640 file becomes readable by the primary group of a Dovecot service user. */
const shareWithGroupOf = (file: string, serviceUser: string): void => {
  if (serviceUser === '' || process.getuid?.() !== 0) return;
  const account = systemUser(serviceUser === DOVECOT_INTERNAL_USER ? 'dovecot' : serviceUser);
  if (account) fs.chownSync(file, 0, account.gid);
};

const write = (files: string[], file: string, text: string, mode = 0o644): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { mode });
  fs.chmodSync(file, mode);
  files.push(file);
};

/**
 * Renders the Dovecot and Postfix configuration for `options.database` from the
 * templates under `deploy/`. Files holding credentials are written 0640.
 */
export const renderMailConfig = (options: MailConfigOptions): RenderedMailConfig => {
  const db = mailDatabaseConnection(options.database);
  const d = options.dovecot;
  const files: string[] = [];
  const dovecotDir = path.join(options.outDir, 'dovecot');
  const postfixDir = path.join(options.outDir, 'postfix');
  const sqlConf = path.join(dovecotDir, 'dovecot-sql.conf.ext');
  const dictConf = path.join(dovecotDir, 'dovecot-dict-sql.conf.ext');
  const mastersFile = path.join(dovecotDir, 'master-users');

  const shared = {
    sql_driver: db.dovecotDriver,
    sql_connect: db.dovecotConnect,
    webmail_port: d.webmailPort,
    mail_root: d.mailRoot,
  };
  write(
    files,
    sqlConf,
    fillTemplate(readTemplate('dovecot/dovecot-sql.conf.ext.tmpl'), shared, 'dovecot-sql'),
    0o640,
  );
  write(
    files,
    dictConf,
    fillTemplate(readTemplate('dovecot/dovecot-dict-sql.conf.ext.tmpl'), shared, 'dovecot-dict'),
    0o640,
  );
  // The dict process reads its map as the user it runs as.
  shareWithGroupOf(dictConf, d.dbUser);
  if (options.master) {
    // Dovecot reads only a hash; the password itself stays in Casella's settings.
    write(
      files,
      mastersFile,
      `${options.master.user}:${hashMailboxPassword(options.master.password)}\n`,
      0o640,
    );
    // Dovecot's auth process reads passwd-files itself, as its internal user.
    shareWithGroupOf(mastersFile, DOVECOT_INTERNAL_USER);
  }
  const dovecotConf = path.join(dovecotDir, 'dovecot.conf');
  write(
    files,
    dovecotConf,
    fillTemplate(
      readTemplate('dovecot/dovecot.conf.tmpl'),
      {
        ...shared,
        extra_protocols: d.postfixSpool ? ' lmtp' : '',
        listen: d.listen,
        base_dir: d.baseDir,
        state_dir: d.stateDir,
        instance_name: d.instanceName,
        log_path: d.logPath,
        ssl_settings: sslSettings(d.tls),
        auth_failure_delay: d.authFailureDelay ?? '2 secs',
        mail_root: d.mailRoot,
        mail_uid: d.mailOwner.uid,
        mail_gid: d.mailOwner.gid,
        mail_user: d.mailOwner.user,
        mail_group: d.mailOwner.group,
        dict_conf: dictConf,
        sql_conf: sqlConf,
        master_passdb: options.master
          ? `passdb {\n  driver = passwd-file\n  args = scheme=SHA512-CRYPT ${mastersFile}\n  master = yes\n}`
          : '# no master user (MAIL_MASTER_PASSWORD is not set)',
        imap_port: d.imapPort,
        pop3_port: d.pop3Port,
        webmail_listen: d.webmailListen,
        imaps_listener: tlsListener('imaps', d.listen, d.tls?.imapsPort),
        pop3s_listener: tlsListener('pop3s', d.listen, d.tls?.pop3sPort),
        db_user: d.dbUser,
        postfix_services: postfixServices(d.postfixSpool),
        extra_settings: d.extraSettings ?? '',
        submission_host: d.submissionHost ?? '127.0.0.1:25',
        submission_note: d.submissionHost ? 'set for this platform' : 'Postfix on this host',
      },
      'dovecot.conf',
    ),
  );

  const connection = fillTemplate(
    readTemplate(`postfix/connection.${db.postfixType}.tmpl`),
    db.postfixValues,
    `postfix connection (${db.postfixType})`,
  ).trimEnd();
  for (const map of POSTFIX_MAPS) {
    const file = path.join(postfixDir, `${map}.cf`);
    write(
      files,
      file,
      fillTemplate(readTemplate(`postfix/${map}.cf.tmpl`), { connection }, map),
      0o640,
    );
    // Postfix's proxymap reads the tables as the user postfix.
    shareWithGroupOf(file, 'postfix');
  }
  write(
    files,
    path.join(postfixDir, 'main.cf'),
    fillTemplate(readTemplate('postfix/main.cf.tmpl'), { type: db.postfixType, dir: postfixDir }),
  );
  return { dovecotConf, postfixDir, postfixType: db.postfixType, files };
};

/**
 * Who Dovecot's database-reading processes (auth-worker, dict) run as. SQLite:
 * the file's owner, so the WAL files it creates stay writable for the server
 * ('' when that is root, Dovecot's default). PostgreSQL: Dovecot's own user.
 */
export const databaseProcessUser = (target: DatabaseTarget): string => {
  if (target.kind === 'postgresql') return DOVECOT_INTERNAL_USER;
  const uid = fs.statSync(target.location).uid;
  if (uid === 0) return '';
  const owner = systemUser(uid);
  if (!owner) throw new Error(`${target.location} belongs to uid ${uid}, which has no name`);
  return owner.user;
};

/** `type:file` for `postmap -q KEY …` and main.cf. */
export const postfixTable = (rendered: RenderedMailConfig, map: PostfixMap): string =>
  `${rendered.postfixType}:${path.join(rendered.postfixDir, `${map}.cf`)}`;
