import path from 'node:path';
import type { DatabaseTarget } from '../../infra/db/database-target.js';

/** How Dovecot and Postfix reach the database Casella uses. */
export interface MailDatabaseConnection {
  /** Dovecot's SQL driver name. */
  dovecotDriver: 'sqlite' | 'pgsql';
  /** Dovecot's `connect =` value. */
  dovecotConnect: string;
  /** Postfix's map type (`sqlite:` / `pgsql:` tables). */
  postfixType: 'sqlite' | 'pgsql';
  /** Values for `deploy/postfix/connection.<postfixType>.tmpl`. */
  postfixValues: Record<string, string>;
}

// libpq conninfo: quote values that are empty or hold spaces, quotes or backslashes.
const conninfoValue = (v: string): string =>
  v !== '' && !/[\s'\\]/.test(v) ? v : `'${v.replace(/['\\]/g, '\\$&')}'`;

/** The same database the server uses, as each daemon spells it. */
export const mailDatabaseConnection = (target: DatabaseTarget): MailDatabaseConnection => {
  if (target.kind === 'sqlite') {
    const file = path.resolve(target.location);
    return {
      dovecotDriver: 'sqlite',
      dovecotConnect: file,
      postfixType: 'sqlite',
      postfixValues: { sqlite_path: file },
    };
  }
  const url = new URL(target.location);
  const host = url.hostname || '127.0.0.1';
  const port = url.port || '5432';
  const dbname = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  const conninfo: Array<[string, string]> = [
    ['host', host.replace(/^\[|\]$/g, '')],
    ['port', port],
    ['dbname', dbname],
    ...(user ? ([['user', user]] as Array<[string, string]>) : []),
    ...(password ? ([['password', password]] as Array<[string, string]>) : []),
    ...(sslmode ? ([['sslmode', sslmode]] as Array<[string, string]>) : []),
  ];
  return {
    dovecotDriver: 'pgsql',
    dovecotConnect: conninfo.map(([k, v]) => `${k}=${conninfoValue(v)}`).join(' '),
    postfixType: 'pgsql',
    postfixValues: {
      pg_host: host,
      pg_port: port,
      pg_dbname: dbname,
      pg_user: user,
      pg_password: password,
    },
  };
};
