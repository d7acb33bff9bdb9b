import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

export const DOVECOT_BINARY = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) =>
  fs.existsSync(p),
);

/** Dovecot's SQL drivers (Debian: dovecot-sqlite, dovecot-pgsql) for auth and dict. */
export const dovecotSqlDriverInstalled = (driver: 'sqlite' | 'pgsql'): boolean =>
  ['/usr/lib/dovecot/modules/auth', '/usr/lib/dovecot/modules/dict'].every((dir) =>
    fs.existsSync(`${dir}/libdriver_${driver}.so`),
  );

export interface RunningDovecot {
  pid: number;
  /** Settles when the Dovecot master process ends, for whatever reason. */
  exited: Promise<void>;
  /** The tail of Dovecot's log file. */
  log(): string;
  stop(): Promise<void>;
}

const tail = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
};

/** A listener to wait for; implicit-TLS ones greet after the handshake. */
export interface Listener {
  host: string;
  port: number;
  tls?: boolean;
}

/** Resolves once something on host:port sends a greeting. */
const greets = ({ host, port, tls: secure }: Listener): Promise<boolean> =>
  new Promise((resolve) => {
    const s = secure
      ? tls.connect({ host, port, rejectUnauthorized: false })
      : net.connect(port, host);
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
    s.once('data', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

/**
 * Runs `dovecot -F -c conf` in the foreground and waits until every listener
 * greets; fails with Dovecot's own words when it does not start.
 */
export const startDovecotProcess = async (options: {
  conf: string;
  logPath: string;
  listeners: Listener[];
  timeoutMs?: number;
}): Promise<RunningDovecot> => {
  if (!DOVECOT_BINARY) throw new Error('dovecot is not installed (apt-get install dovecot-imapd)');
  // Its own process group: a Ctrl-C meant for our caller reaches Dovecot only through stop().
  const proc = spawn(DOVECOT_BINARY, ['-F', '-c', options.conf], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill('SIGTERM');
    const done = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 5000)),
    ]);
    if (!done) proc.kill('SIGKILL');
  };
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (const listener of options.listeners) {
    const { host, port } = listener;
    for (;;) {
      if (proc.exitCode !== null)
        throw new Error(`dovecot exited (${proc.exitCode}): ${stderr}\n${tail(options.logPath)}`);
      if (await greets(listener)) break;
      if (Date.now() > deadline) {
        await stop();
        throw new Error(
          `dovecot did not listen on ${host}:${port}: ${stderr}\n${tail(options.logPath)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { pid: proc.pid ?? 0, exited, log: () => tail(options.logPath), stop };
};
