import type { EngineSettings, ImapEndpoint } from './engine.types.js';
import type { HostLimiter } from './host-limiter.js';
import { authenticatePlain, login } from './imap/imap-commands.js';
import { ImapCommandError, ImapConnection } from './imap/imap-connection.js';
import { MigrationError, isThrottleText, type EndpointSide } from './migration-error.js';
import { resolveEndpoint } from './server-presets.js';

export interface EndpointSession {
  conn: ImapConnection;
  close(): Promise<void>;
}

type SessionSettings = Pick<EngineSettings, 'connectTimeoutMs' | 'idleTimeoutMs'>;

/** Connects (respecting the per-host limit), secures and authenticates; every failure is classified. */
export async function openSession(
  endpoint: ImapEndpoint,
  side: EndpointSide,
  settings: SessionSettings,
  limiter: HostLimiter,
): Promise<EndpointSession> {
  const slot = hostSlot(endpoint, side);
  const release = await limiter.acquire(slot.key, slot.max);
  return connectInSlot(endpoint, side, settings, release);
}

/** The per-host limit an endpoint's sessions count against. */
function hostSlot(endpoint: ImapEndpoint, side: EndpointSide): { key: string; max: number } {
  const resolved = resolveEndpoint(endpoint);
  if (!resolved.host)
    throw new MigrationError('DNS', 'No server host name was given.').withSide(side);
  return { key: `${resolved.host}:${resolved.port}`, max: resolved.preset.maxConnectionsPerHost };
}

export interface SessionPair {
  src: EndpointSession;
  dst: EndpointSession;
}

/**
 * A session on each side. The two host slots are taken one after the other in one global
 * order, so runs copying A->B and B->A cannot each hold one host while waiting for the
 * other; the two logins then run at once (one round-trip chain instead of two). When
 * either fails the other is closed, and the source's failure is the one reported.
 */
export async function openSessionPair(
  source: ImapEndpoint,
  destination: ImapEndpoint,
  settings: SessionSettings,
  limiter: HostLimiter,
): Promise<SessionPair> {
  const srcSlot = hostSlot(source, 'source');
  const dstSlot = hostSlot(destination, 'destination');
  const sourceFirst = srcSlot.key.toLowerCase() <= dstSlot.key.toLowerCase();
  const [first, second] = sourceFirst ? [srcSlot, dstSlot] : [dstSlot, srcSlot];
  const firstRelease = await limiter.acquire(first.key, first.max);
  let secondRelease: () => void;
  try {
    secondRelease = await limiter.acquire(second.key, second.max);
  } catch (err) {
    firstRelease();
    throw err;
  }
  const [srcResult, dstResult] = await Promise.allSettled([
    connectInSlot(source, 'source', settings, sourceFirst ? firstRelease : secondRelease),
    connectInSlot(destination, 'destination', settings, sourceFirst ? secondRelease : firstRelease),
  ]);
  if (srcResult.status === 'fulfilled' && dstResult.status === 'fulfilled')
    return { src: srcResult.value, dst: dstResult.value };
  for (const r of [srcResult, dstResult]) if (r.status === 'fulfilled') await r.value.close();
  // the source's failure first (the array's order)
  const failed = [srcResult, dstResult].find(
    (r): r is PromiseRejectedResult => r.status === 'rejected',
  );
  throw failed?.reason;
}

/** An optional extra session: undefined at once when the host limit has no free slot. */
export async function tryOpenSession(
  endpoint: ImapEndpoint,
  side: EndpointSide,
  settings: SessionSettings,
  limiter: HostLimiter,
): Promise<EndpointSession | undefined> {
  const slot = hostSlot(endpoint, side);
  const release = limiter.tryAcquire(slot.key, slot.max);
  return release ? connectInSlot(endpoint, side, settings, release) : undefined;
}

async function connectInSlot(
  endpoint: ImapEndpoint,
  side: EndpointSide,
  settings: SessionSettings,
  release: () => void,
): Promise<EndpointSession> {
  const resolved = resolveEndpoint(endpoint);
  let conn: ImapConnection | undefined;
  try {
    conn = await ImapConnection.connect({
      host: resolved.host,
      port: resolved.port,
      security: resolved.security,
      rejectUnauthorized: resolved.rejectUnauthorized,
      connectTimeoutMs: settings.connectTimeoutMs,
      idleTimeoutMs: settings.idleTimeoutMs,
    });
    await authenticate(conn, endpoint, resolved.preset.masterLogin);
  } catch (err) {
    conn?.destroy();
    release();
    throw toMigrationError(err).withSide(side);
  }
  const opened = conn;
  return {
    conn: opened,
    close: async () => {
      await opened.logout();
      release();
    },
  };
}

async function authenticate(
  conn: ImapConnection,
  endpoint: ImapEndpoint,
  style: 'separator' | 'sasl-authzid' | 'unsupported',
): Promise<void> {
  if (conn.has('LOGINDISABLED') && !conn.has('AUTH=PLAIN'))
    throw new MigrationError(
      'TLS',
      'The server only accepts logins over an encrypted connection. Choose a server type with SSL/TLS.',
    );
  try {
    if (endpoint.masterUser) {
      if (style === 'unsupported')
        throw new MigrationError(
          'UNSUPPORTED',
          'This provider does not support master-user login; use the mailbox password (or app password).',
        );
      const password = endpoint.masterPassword ?? '';
      if (style === 'sasl-authzid')
        await authenticatePlain(conn, endpoint.user, endpoint.masterUser, password);
      else await login(conn, `${endpoint.user}*${endpoint.masterUser}`, password);
    } else {
      await login(conn, endpoint.user, endpoint.password ?? '');
    }
  } catch (err) {
    if (!(err instanceof ImapCommandError)) throw err;
    const { code = '', text } = err.response;
    if (isThrottleText(`${code} ${text}`))
      throw new MigrationError(
        'THROTTLED',
        'The server is temporarily limiting logins; will retry later.',
        undefined,
        text,
      );
    const who = endpoint.masterUser
      ? `Login as master user "${endpoint.masterUser}" for mailbox "${endpoint.user}" was rejected: the mailbox may not exist or the master credentials are wrong.`
      : `Login for "${endpoint.user}" was rejected: check the username and password.`;
    throw new MigrationError('AUTH', who, undefined, `${code} ${text}`.trim());
  }
}

export function toMigrationError(err: unknown): MigrationError {
  if (err instanceof MigrationError) return err;
  if (err instanceof ImapCommandError) {
    const { code = '', text } = err.response;
    if (isThrottleText(`${code} ${text}`))
      return new MigrationError(
        'THROTTLED',
        'The server is throttling requests; will retry later.',
        undefined,
        text,
      );
    if (/OVERQUOTA/i.test(code) || /quota/i.test(text))
      return new MigrationError(
        'QUOTA',
        'The destination mailbox is full (quota exceeded).',
        undefined,
        text,
      );
    return new MigrationError(
      'PROTOCOL',
      `The server refused a command (${err.command}): ${text}`,
      undefined,
      `${code} ${text}`.trim(),
    );
  }
  return new MigrationError('INTERNAL', err instanceof Error ? err.message : String(err));
}
