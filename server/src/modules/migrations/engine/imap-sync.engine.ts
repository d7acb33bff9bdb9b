import { randomUUID } from 'node:crypto';
import { ByteBudget } from './byte-budget.js';
import { dateFilterKey, dateFilterSince } from './date-filter.js';
import { DestinationLanes } from './destination-lanes.js';
import {
  openSession,
  openSessionPair,
  toMigrationError,
  tryOpenSession,
  type EndpointSession,
  type SessionPair,
} from './endpoint-session.js';
import {
  DEFAULT_ENGINE_SETTINGS,
  type DateFilter,
  type EngineSettings,
  type ErrorInfo,
  type ImapEndpoint,
  type ProgressEvent,
  type RunResult,
  type RunStatus,
} from './engine.types.js';
import { planFolders, type FolderPlan, type FolderSide } from './folder-mapper.js';
import { syncFolder } from './folder-sync.js';
import { type HostLimiter, sharedHostLimiter } from './host-limiter.js';
import {
  createMailbox,
  listMailboxes,
  personalNamespace,
  selectMailbox,
  statusMailbox,
  subscribeMailbox,
  uidFetch,
} from './imap/imap-commands.js';
import { ImapCommandError, type ImapConnection } from './imap/imap-connection.js';
import { encodeMailboxName } from './imap/utf7-imap.codec.js';
import { MigrationError, type EndpointSide } from './migration-error.js';
import { backoffDelay, sleep } from './retry-policy.js';
import { RunReporter } from './run-reporter.js';
import { resolveEndpoint } from './server-presets.js';
import type { SyncStateStore } from './sync-state.store.js';
import { UidSet } from './uid-set.js';

export interface RunOptions {
  source: ImapEndpoint;
  destination: ImapEndpoint;
  stateStore: SyncStateStore;
  /** Identifies the mailbox pair in the state store; defaults to hosts and users. */
  mailboxKey?: string;
  runId?: string;
  dateFilter?: DateFilter;
  settings?: Partial<EngineSettings>;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export type ValidationResult =
  { ok: true; capabilities: string[]; delimiter: string | null } | { ok: false; error: ErrorInfo };

export interface SurveyFolder {
  name: string;
  messages: number;
  bytes: number;
  excluded?: string;
}

export interface SurveyResult {
  folders: SurveyFolder[];
  totalMessages: number;
  totalBytes: number;
  /** Messages and bytes that a run would copy (excluded folders left out). */
  messagesToCopy: number;
  bytesToCopy: number;
  estimatedSeconds: number;
}

export interface EngineDependencies {
  hostLimiter?: HostLimiter;
  settings?: Partial<EngineSettings>;
}

// Conservative figures for a remote provider; survey estimates are only a guide.
const ESTIMATE_BYTES_PER_SECOND = 5 * 1024 * 1024;
const ESTIMATE_SECONDS_PER_MESSAGE = 0.01;

/** Mailbox pairs being copied in this process (the caller coordinates across processes). */
const RUNNING = new Set<string>();

// Failures that no folder retry can fix: stop the whole run.
const RUN_FATAL = new Set([
  'AUTH',
  'QUOTA',
  'CANCELLED',
  'TLS',
  'DNS',
  'NOT_IMAP',
  'UNSUPPORTED',
  'MAILBOX_NOT_FOUND',
]);

export function defaultMailboxKey(source: ImapEndpoint, destination: ImapEndpoint): string {
  return `${source.host.toLowerCase()}|${source.user.toLowerCase()}=>${destination.host.toLowerCase()}|${destination.user.toLowerCase()}`;
}

function errorInfo(err: MigrationError): ErrorInfo {
  return err.toJSON();
}

async function describe(conn: ImapConnection): Promise<FolderSide> {
  const [entries, namespace] = await Promise.all([listMailboxes(conn), personalNamespace(conn)]);
  return { entries, namespace };
}

/** Copies mailboxes between IMAP servers: incremental, idempotent, pipelined. */
export class ImapSyncEngine {
  private readonly limiter: HostLimiter;
  private readonly baseSettings: EngineSettings;

  constructor(deps: EngineDependencies = {}) {
    this.limiter = deps.hostLimiter ?? sharedHostLimiter;
    this.baseSettings = { ...DEFAULT_ENGINE_SETTINGS, ...deps.settings };
  }

  /** Connects and authenticates without touching any message. */
  async validate(endpoint: ImapEndpoint, side: EndpointSide = 'source'): Promise<ValidationResult> {
    let session: EndpointSession | undefined;
    try {
      session = await openSession(endpoint, side, this.baseSettings, this.limiter);
      const root = await listMailboxes(session.conn, '');
      return {
        ok: true,
        capabilities: [...session.conn.capabilities],
        delimiter: root[0]?.delimiter ?? null,
      };
    } catch (err) {
      return { ok: false, error: errorInfo(toMigrationError(err).withSide(side)) };
    } finally {
      await session?.close();
    }
  }

  /** Folders with message counts and sizes, plus a rough duration estimate. Throws MigrationError. */
  async survey(endpoint: ImapEndpoint): Promise<SurveyResult> {
    const session = await openSession(endpoint, 'source', this.baseSettings, this.limiter);
    try {
      const conn = session.conn;
      const side = await describe(conn);
      const excludedNames = resolveEndpoint(endpoint).preset.excludedFolders;
      const selectable = side.entries.filter(
        (e) => !e.attributes.some((a) => /^\\(Noselect|NonExistent)$/i.test(a)),
      );
      // the same plan a run would make, so children of excluded folders count as excluded
      const plans = new Map(
        planFolders(side, { entries: [] }, excludedNames).map((p) => [p.source, p]),
      );
      const folders = await Promise.all(
        selectable.map(async (entry): Promise<SurveyFolder> => {
          const excluded = plans.get(entry.name)?.excluded;
          if (conn.has('STATUS=SIZE')) {
            const st = await statusMailbox(conn, entry.wireName, ['MESSAGES', 'SIZE']);
            return { name: entry.name, messages: st.MESSAGES ?? 0, bytes: st.SIZE ?? 0, excluded };
          }
          return { name: entry.name, ...(await sizeByFetch(conn, entry.wireName)), excluded };
        }),
      );
      const copied = folders.filter((f) => !f.excluded);
      const messagesToCopy = copied.reduce((n, f) => n + f.messages, 0);
      const bytesToCopy = copied.reduce((n, f) => n + f.bytes, 0);
      return {
        folders,
        totalMessages: folders.reduce((n, f) => n + f.messages, 0),
        totalBytes: folders.reduce((n, f) => n + f.bytes, 0),
        messagesToCopy,
        bytesToCopy,
        estimatedSeconds: Math.ceil(
          bytesToCopy / ESTIMATE_BYTES_PER_SECOND + messagesToCopy * ESTIMATE_SECONDS_PER_MESSAGE,
        ),
      };
    } finally {
      await session.close();
    }
  }

  async run(options: RunOptions): Promise<RunResult> {
    const settings: EngineSettings = { ...this.baseSettings, ...options.settings };
    const mailboxKey = options.mailboxKey ?? defaultMailboxKey(options.source, options.destination);
    const reporter = new RunReporter(
      options.runId ?? randomUUID(),
      mailboxKey,
      options.onProgress ?? (() => undefined),
      settings.progressIntervalMs,
    );
    const filter = options.dateFilter ?? 'ALL';
    let status: RunStatus;
    let runError: MigrationError | undefined;
    // Two passes over the same mailbox pair would race on its state and could both copy.
    if (RUNNING.has(mailboxKey)) {
      runError = new MigrationError(
        'ALREADY_RUNNING',
        'A copy of this mailbox is already running.',
      );
    } else {
      RUNNING.add(mailboxKey);
      try {
        runError = await this.copy(options, settings, mailboxKey, filter, reporter);
        if (options.signal?.aborted)
          runError ??= new MigrationError('CANCELLED', 'The run was cancelled.');
      } catch (err) {
        runError = toMigrationError(err);
      } finally {
        RUNNING.delete(mailboxKey);
      }
    }
    if (runError) {
      status = runError.code === 'CANCELLED' ? 'CANCELLED' : 'FAILED';
      reporter.entry('error', runError.message, { code: runError.code });
    } else if (reporter.log.folders.some((f) => f.status === 'FAILED')) {
      status = 'PARTIAL';
    } else if (reporter.log.folders.some((f) => f.skipped.length > 0)) {
      status = 'COMPLETED_WITH_SKIPS';
    } else {
      status = 'COMPLETED';
    }
    reporter.maybeProgress(undefined, true);
    const durationMs = reporter.finish();
    reporter.log.status = status;
    if (runError) reporter.log.error = errorInfo(runError);
    reporter.event({
      type: 'run-completed',
      status,
      messagesCopied: reporter.log.totals.messagesCopied,
      bytesCopied: reporter.log.totals.bytesCopied,
      durationMs,
    });
    return { status, error: reporter.log.error, log: reporter.log };
  }

  /** Returns the error that ended the run early, if any. */
  private async copy(
    options: RunOptions,
    settings: EngineSettings,
    mailboxKey: string,
    filter: DateFilter,
    reporter: RunReporter,
  ): Promise<MigrationError | undefined> {
    const filterKey = dateFilterKey(filter);
    const sinceMs = dateFilterSince(filter, new Date());
    // Both sides are authenticated before anything is written.
    const { src: srcCtl, dst: dstCtl } = await this.openControlPair(options, settings, reporter);
    let todo: FolderPlan[];
    try {
      const [srcSide, dstSide] = await Promise.all([describe(srcCtl.conn), describe(dstCtl.conn)]);
      const plans = planFolders(
        srcSide,
        dstSide,
        resolveEndpoint(options.source).preset.excludedFolders,
      );
      for (const p of plans.filter((x) => x.excluded)) {
        const flog = reporter.folder(p.source);
        flog.status = 'EXCLUDED';
        flog.excluded = p.excluded;
        reporter.entry('info', `Folder not copied: ${p.excluded}.`, { folder: p.source });
      }
      const work = plans.filter((p) => !p.excluded && p.selectable);
      await ensureDestinationFolders(dstCtl.conn, work, dstSide, reporter);
      const state = await options.stateStore.load(mailboxKey);
      // STATUS is pipelined: an unchanged folder costs one round trip shared with all others.
      const statuses = await Promise.all(
        work.map((p) =>
          statusMailbox(srcCtl.conn, p.sourceWire, ['MESSAGES', 'UIDNEXT', 'UIDVALIDITY']).catch(
            () => undefined,
          ),
        ),
      );
      todo = [];
      let estimated = 0;
      work.forEach((plan, i) => {
        const st = statuses[i];
        const prev = state[plan.source];
        const flog = reporter.folder(plan.source);
        flog.destination = plan.destination;
        if (flog.status === 'FAILED') return;
        if (
          st &&
          prev &&
          !prev.inDoubt &&
          prev.uidValidity === st.UIDVALIDITY &&
          prev.syncedUidNext === st.UIDNEXT &&
          prev.filterKey === filterKey
        ) {
          flog.status = 'UP_TO_DATE';
          return;
        }
        const known =
          prev && prev.uidValidity === st?.UIDVALIDITY ? UidSet.parse(prev.copiedUids).size : 0;
        const remaining = Math.max(0, (st?.MESSAGES ?? 0) - known);
        estimated += remaining;
        reporter.setRemaining(plan.source, remaining);
        todo.push(plan);
      });
      reporter.event({
        type: 'run-started',
        mailbox: mailboxKey,
        folders: todo.length,
        estimatedMessages: estimated,
      });
    } catch (err) {
      await Promise.all([srcCtl.close(), dstCtl.close()]);
      throw err;
    }
    // the first folder worker carries on over the control sessions: two logins fewer
    return this.copyFolders(
      todo,
      { src: srcCtl, dst: dstCtl },
      options,
      settings,
      mailboxKey,
      filterKey,
      sinceMs,
      reporter,
    );
  }

  /**
   * The first session on each side, retried like any other when the server is throttling
   * or drops it; a wrong host or password still fails at once.
   */
  private async openControlPair(
    options: RunOptions,
    settings: EngineSettings,
    reporter: RunReporter,
  ): Promise<SessionPair> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await openSessionPair(options.source, options.destination, settings, this.limiter);
      } catch (e) {
        const err = toMigrationError(e);
        const transient = err.code === 'THROTTLED' || err.code === 'CONNECTION_LOST';
        if (!transient || attempt >= settings.maxAttempts || options.signal?.aborted) throw err;
        reporter.error(errorInfo(err), true, undefined, attempt);
        await sleep(backoffDelay(attempt, err, settings), options.signal);
      }
    }
  }

  private async copyFolders(
    todo: FolderPlan[],
    controlPair: SessionPair,
    options: RunOptions,
    settings: EngineSettings,
    mailboxKey: string,
    filterKey: string,
    sinceMs: number | undefined,
    reporter: RunReporter,
  ): Promise<MigrationError | undefined> {
    const queue = [...todo];
    const budget = new ByteBudget(settings.maxInFlightBytes);
    const lanes = new DestinationLanes(settings.appendConnections, () =>
      tryOpenSession(options.destination, 'destination', settings, this.limiter),
    );
    const pendingSaves: Array<Promise<void>> = [];
    const deferSave = (save: Promise<void>): void => {
      pendingSaves.push(
        save.catch((err: unknown) => {
          reporter.entry('error', `Could not save sync state: ${String(err)}`, {
            code: 'INTERNAL',
          });
        }),
      );
    };
    let runFatal: MigrationError | undefined;
    // slots in one global order, logins at once (see openSessionPair)
    const openPair = (): Promise<SessionPair> =>
      openSessionPair(options.source, options.destination, settings, this.limiter);
    let spare: SessionPair | undefined = controlPair;
    const worker = async (): Promise<void> => {
      let pair: SessionPair | undefined = spare;
      spare = undefined;
      const drop = async (): Promise<void> => {
        const p = pair;
        pair = undefined;
        if (p) await Promise.all([p.src.close(), p.dst.close()]);
      };
      let yielded = false;
      while (!runFatal && !options.signal?.aborted && !yielded) {
        const plan = queue.shift();
        if (!plan) break;
        const flog = reporter.folder(plan.source);
        for (let attempt = 1; ; attempt++) {
          flog.attempts = attempt;
          let connecting = false;
          try {
            connecting = pair === undefined;
            pair ??= await openPair();
            connecting = false;
            const previous = (await options.stateStore.load(mailboxKey))[plan.source];
            await syncFolder({
              plan,
              src: pair.src.conn,
              dst: pair.dst.conn,
              mailboxKey,
              store: options.stateStore,
              previous,
              settings,
              budget,
              lanes,
              sinceMs,
              filterKey,
              reporter,
              signal: options.signal,
              deferSave,
            });
            break;
          } catch (e) {
            const err = toMigrationError(e);
            // the connection state after a failure is unknown: start the next attempt clean
            if (pair) {
              pair.src.conn.destroy();
              pair.dst.conn.destroy();
            }
            await drop();
            if (RUN_FATAL.has(err.code)) {
              runFatal ??= err;
              flog.status = 'FAILED';
              flog.error = errorInfo(err);
              break;
            }
            // A provider refusing more sessions: hand the folder back and let the
            // workers that are connected carry on, instead of hammering the server.
            if (err.code === 'THROTTLED' && connecting && active > 1) {
              queue.unshift(plan);
              flog.attempts = Math.max(0, attempt - 1);
              reporter.entry(
                'warn',
                `Server refused another connection; continuing with ${active - 1}.`,
                {
                  folder: plan.source,
                  code: err.code,
                },
              );
              yielded = true;
              break;
            }
            const retry =
              err.retryable && attempt < settings.maxAttempts && !options.signal?.aborted;
            reporter.error(errorInfo(err), retry, plan.source, attempt);
            if (!retry) {
              flog.status = 'FAILED';
              flog.error = errorInfo(err);
              break;
            }
            await sleep(backoffDelay(attempt, err, settings), options.signal);
          }
        }
      }
      await drop();
    };
    let active = Math.max(1, Math.min(settings.folderConcurrency, queue.length));
    await Promise.all(
      Array.from({ length: active }, () =>
        worker().finally(() => {
          active--;
        }),
      ),
    );
    await Promise.all([...pendingSaves, lanes.close()]);
    return runFatal;
  }
}

async function sizeByFetch(
  conn: ImapConnection,
  wireName: string,
): Promise<{ messages: number; bytes: number }> {
  const info = await selectMailbox(conn, wireName, true);
  let bytes = 0;
  if (info.exists > 0)
    await uidFetch(conn, '1:*', 'RFC822.SIZE', (m) => {
      bytes += m.size ?? 0;
    });
  return { messages: info.exists, bytes };
}

/**
 * Creates missing destination folders parent-first, so hierarchies exist on servers that
 * need explicit parents. The folders of one depth are created and subscribed pipelined:
 * one round trip per level instead of two per folder (each may cost a server fsync).
 */
async function ensureDestinationFolders(
  conn: ImapConnection,
  plans: FolderPlan[],
  dest: FolderSide,
  reporter: RunReporter,
): Promise<void> {
  const delim =
    dest.namespace?.delimiter ?? dest.entries.find((e) => e.delimiter)?.delimiter ?? '/';
  const existing = new Set(
    dest.entries
      .filter((e) => !e.attributes.some((a) => /^\\NonExistent$/i.test(a)))
      .map((e) => normalize(e.name)),
  );
  // path -> the plans whose own folder it is (a refusal fails those; parents fail silently)
  const levels: Array<Map<string, FolderPlan[]>> = [];
  for (const plan of plans) {
    if (plan.destination.toUpperCase() === 'INBOX') continue;
    const parts = plan.destination.split(delim);
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join(delim);
      if (!path || existing.has(normalize(path))) continue;
      const level = levels[i - 1] ?? new Map<string, FolderPlan[]>();
      levels[i - 1] = level;
      const owners = level.get(path) ?? [];
      if (i === parts.length) owners.push(plan);
      level.set(path, owners);
    }
  }
  for (const level of levels) {
    if (!level) continue;
    await Promise.all(
      [...level].map(async ([path, owners]) => {
        const wire = encodeMailboxName(path);
        const created = createMailbox(conn, wire);
        const subscribed = subscribeMailbox(conn, wire).catch(() => undefined);
        try {
          await created;
        } catch (err) {
          const already =
            err instanceof ImapCommandError && /ALREADYEXISTS/i.test(err.response.code ?? '');
          if (!already) for (const plan of owners) failFolder(plan, path, err, reporter);
        }
        await subscribed;
        existing.add(normalize(path));
      }),
    );
  }
}

function failFolder(plan: FolderPlan, path: string, err: unknown, reporter: RunReporter): void {
  const flog = reporter.folder(plan.source);
  flog.status = 'FAILED';
  flog.error = errorInfo(
    new MigrationError(
      'FOLDER',
      `The destination refused to create folder "${path}".`,
      'destination',
      err instanceof Error ? err.message : String(err),
    ),
  );
  reporter.entry('error', flog.error.message, { folder: plan.source, code: 'FOLDER' });
}

function normalize(name: string): string {
  return name.toUpperCase() === 'INBOX' ? 'INBOX' : name;
}
