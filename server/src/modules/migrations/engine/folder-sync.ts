import type { ByteBudget } from './byte-budget.js';
import type { EngineSettings, SkipReason } from './engine.types.js';
import { toMigrationError } from './endpoint-session.js';
import type { FolderPlan } from './folder-mapper.js';
import type { DestinationLanes } from './destination-lanes.js';
import { selectMailbox, uidFetch, uidSearch, type MailboxInfo } from './imap/imap-commands.js';
import { ImapCommandError, type ImapConnection } from './imap/imap-connection.js';
import type { ImapLiteral } from './imap/imap-response.types.js';
import { formatSearchDate, parseInternalDate } from './imap/imap-date.js';
import { extractMessageId, findPresent, type Fingerprint } from './message-fingerprint.js';
import { MigrationError } from './migration-error.js';
import type { RunReporter } from './run-reporter.js';
import type { FolderSyncState, SyncStateStore } from './sync-state.store.js';
import { UidSet, toSequenceSet } from './uid-set.js';

export interface FolderSyncContext {
  plan: FolderPlan;
  src: ImapConnection;
  dst: ImapConnection;
  mailboxKey: string;
  store: SyncStateStore;
  previous: FolderSyncState | undefined;
  settings: EngineSettings;
  budget: ByteBudget;
  /** Carries the appends, over `dst` or the run's shared destination connections. */
  lanes: DestinationLanes;
  sinceMs?: number;
  filterKey: string;
  reporter: RunReporter;
  signal?: AbortSignal;
  /** Takes saves the folder need not wait for; the run awaits them before it ends. */
  deferSave: (save: Promise<void>) => void;
}

interface Fetched {
  meta: MessageMeta;
  body: ImapLiteral;
}

interface MessageMeta {
  uid: number;
  flags: string[];
  internalDate?: string;
  size: number;
}

const SYSTEM_FLAGS = new Set(['\\seen', '\\answered', '\\flagged', '\\deleted', '\\draft']);
const VALID_KEYWORD = /^[^\s(){%*"\\\]]+$/;

/** Keeps the flags the destination will store permanently; \Recent is never settable. */
export function flagFilter(permanentFlags: string[]): (flags: string[]) => string[] {
  const allowed = new Set(permanentFlags.map((f) => f.toLowerCase()));
  const anyKeyword = allowed.has('\\*');
  return (flags) =>
    flags.filter((flag) => {
      const lower = flag.toLowerCase();
      if (lower === '\\recent') return false;
      if (flag.startsWith('\\'))
        return allowed.size === 0 ? SYSTEM_FLAGS.has(lower) : allowed.has(lower);
      return VALID_KEYWORD.test(flag) && (anyKeyword || allowed.has(lower));
    });
}

function makeBatches(
  items: MessageMeta[],
  maxMessages: number,
  maxBytes: number,
): Array<{ items: MessageMeta[]; bytes: number }> {
  const batches: Array<{ items: MessageMeta[]; bytes: number }> = [];
  let current: MessageMeta[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && (current.length >= maxMessages || bytes + item.size > maxBytes)) {
      batches.push({ items: current, bytes });
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.size;
  }
  if (current.length > 0) batches.push({ items: current, bytes });
  return batches;
}

/** Copies one folder. Throws a classified error when the attempt must be retried or given up. */
export async function syncFolder(ctx: FolderSyncContext): Promise<void> {
  const { plan, src, dst, settings, reporter } = ctx;
  const flog = reporter.folder(plan.source);
  flog.destination = plan.destination;
  const metas: MessageMeta[] = [];
  // EXAMINE and the metadata FETCH are pipelined, and the destination is selected
  // meanwhile: three round trips cost one.
  // read-write SELECT: EXAMINE reports no PERMANENTFLAGS, which would drop keywords
  const destSelect = selectMailbox(dst, plan.destinationWire, false);
  destSelect.catch(() => undefined);
  const examine = selectMailbox(src, plan.sourceWire, true);
  const listing = uidFetch(src, '1:*', 'UID FLAGS INTERNALDATE RFC822.SIZE', (m) => {
    if (m.uid !== undefined)
      metas.push({
        uid: m.uid,
        flags: m.flags ?? [],
        internalDate: m.internalDate,
        size: m.size ?? 0,
      });
  });
  listing.catch(() => undefined);
  const info = await examine;
  // an empty mailbox may answer "1:*" with an error; there is nothing to list then
  await listing.catch((err: unknown) => {
    if (info.exists > 0) throw err;
  });
  const prev = ctx.previous;
  const validityChanged = prev !== undefined && prev.uidValidity !== info.uidValidity;
  if (validityChanged) {
    reporter.entry(
      'warn',
      `Source folder was rebuilt (UIDVALIDITY ${prev.uidValidity} -> ${info.uidValidity}); matching messages by Message-ID, date and size.`,
      {
        folder: plan.source,
      },
    );
  }
  const copied = validityChanged ? new UidSet() : UidSet.parse(prev?.copiedUids);
  // Without trustworthy state, the destination itself says what is already there.
  const mustMatch = prev === undefined || validityChanged || prev.inDoubt;
  const snapshot = (inDoubt: boolean, complete: boolean): FolderSyncState => ({
    uidValidity: info.uidValidity,
    copiedUids: copied.toString(),
    syncedUidNext: complete ? info.uidNext : undefined,
    filterKey: complete ? ctx.filterKey : undefined,
    inDoubt,
    destinationFolder: plan.destination,
    updatedAt: new Date().toISOString(),
  });

  let inScope = metas;
  if (ctx.sinceMs !== undefined && metas.length > 0) {
    const allowed = new Set(await uidSearch(src, `SINCE ${formatSearchDate(ctx.sinceMs)}`));
    inScope = metas.filter((m) => allowed.has(m.uid));
  }
  let candidates: MessageMeta[] = [];
  for (const m of inScope) {
    if (copied.has(m.uid)) continue;
    if (m.size > settings.maxMessageBytes)
      skip(
        ctx,
        m,
        'TOO_LARGE',
        `${(m.size / 1048576).toFixed(1)} MB exceeds the ${(settings.maxMessageBytes / 1048576).toFixed(0)} MB limit`,
      );
    else candidates.push(m);
  }

  const destInfo: MailboxInfo = await destSelect;
  if (mustMatch && destInfo.exists > 0 && candidates.length > 0) {
    const before = candidates.length;
    candidates = await dropPresentOnDestination(ctx, metas, candidates, copied);
    flog.alreadyPresent += before - candidates.length;
  }
  reporter.setRemaining(plan.source, candidates.length);
  reporter.event({
    type: 'folder-started',
    folder: plan.source,
    destination: plan.destination,
    toCopy: candidates.length,
    alreadyPresent: flog.alreadyPresent,
  });

  if (candidates.length === 0) {
    ctx.deferSave(ctx.store.saveFolder(ctx.mailboxKey, plan.source, snapshot(false, true)));
    finishFolder(ctx);
    return;
  }

  const accept = flagFilter(destInfo.permanentFlags);
  // From here until the final save, appends may land unrecorded. Stored state that
  // already forces a destination check (none, in doubt, other UIDVALIDITY) needs no write.
  if (!mustMatch) await ctx.store.saveFolder(ctx.mailboxKey, plan.source, snapshot(true, false));
  let fatal: MigrationError | undefined;
  let rejected = 0;
  let missing = 0;
  const inFlight = new Set<Promise<void>>();
  const fetches: Array<Promise<void>> = [];
  let lastSave = Date.now();
  let saving: Promise<void> = Promise.resolve();
  const persistSoon = (): void => {
    if (Date.now() - lastSave < settings.stateSaveIntervalMs) return;
    lastSave = Date.now();
    const state = snapshot(true, false);
    saving = saving
      .then(() => ctx.store.saveFolder(ctx.mailboxKey, plan.source, state))
      .catch(() => undefined);
  };

  const markCopied = (item: Fetched): void => {
    copied.add(item.meta.uid);
    flog.copied++;
    flog.bytes += item.body.length;
    reporter.copied(plan.source, item.body.length);
  };
  // One MULTIAPPEND is one destination transaction; a rejected group is retried
  // message by message so one bad message does not block its neighbours.
  const appendGroup = async (group: Fetched[]): Promise<void> => {
    const [single] = group;
    try {
      await ctx.lanes.append(
        dst,
        plan.destinationWire,
        group.map((g) => ({
          flags: accept(g.meta.flags),
          internalDate: g.meta.internalDate,
          body: g.body,
        })),
      );
      group.forEach(markCopied);
      persistSoon();
    } catch (err) {
      const e = toMigrationError(err).withSide('destination');
      if (e.code !== 'PROTOCOL' || !(err instanceof ImapCommandError)) {
        fatal ??= e;
        return;
      }
      if (group.length > 1) {
        await Promise.all(group.map((g) => appendGroup([g])));
        return;
      }
      rejected++;
      if (single) skip(ctx, single.meta, 'REJECTED_BY_DESTINATION', err.response.text);
    }
  };
  const launch = (group: Fetched[]): void => {
    const bytes = group.reduce((n, g) => n + g.meta.size, 0);
    const p = appendGroup(group).finally(() => {
      // answered and written: the bodies' read memory can take the next FETCH
      for (const g of group) g.body.release();
      ctx.budget.release(bytes);
      inFlight.delete(p);
    });
    inFlight.add(p);
  };
  const groupMessages = dst.has('MULTIAPPEND') ? settings.appendBatchMessages : 1;

  for (const batch of makeBatches(
    candidates,
    settings.fetchBatchMessages,
    settings.fetchBatchBytes,
  )) {
    if (fatal || ctx.signal?.aborted) break;
    await ctx.budget.acquire(batch.bytes);
    if (fatal || ctx.signal?.aborted) {
      ctx.budget.release(batch.bytes);
      break;
    }
    const waiting = new Map(batch.items.map((m) => [m.uid, m]));
    let group: Fetched[] = [];
    let groupBytes = 0;
    const fetch = uidFetch(src, toSequenceSet([...waiting.keys()]), 'UID BODY.PEEK[]', (msg) => {
      const meta = msg.uid === undefined ? undefined : waiting.get(msg.uid);
      if (!meta || !msg.body) return false;
      waiting.delete(meta.uid);
      if (fatal) {
        msg.body.release();
        ctx.budget.release(meta.size);
        return true;
      }
      // appends start while the rest of the batch is still arriving
      group.push({ meta, body: msg.body });
      groupBytes += meta.size;
      if (group.length >= groupMessages || groupBytes >= settings.appendBatchBytes) {
        launch(group);
        group = [];
        groupBytes = 0;
      }
      return true;
    })
      .catch((err: unknown) => {
        fatal ??= toMigrationError(err).withSide('source');
      })
      .finally(() => {
        if (group.length > 0) {
          if (fatal) {
            for (const g of group) g.body.release();
            ctx.budget.release(groupBytes);
          } else launch(group);
          group = [];
        }
        for (const m of waiting.values()) {
          ctx.budget.release(m.size);
          if (fatal) continue;
          // not copied: keep the folder incomplete so the next run lists it again
          missing++;
          reporter.entry(
            'warn',
            `Message UID ${m.uid} was not returned by the source (deleted during the copy?).`,
            { folder: plan.source },
          );
        }
        waiting.clear();
      });
    fetches.push(fetch);
  }
  await Promise.all(fetches);
  while (inFlight.size > 0) await Promise.all([...inFlight]);

  const aborted = ctx.signal?.aborted === true;
  const failed =
    fatal ?? (aborted ? new MigrationError('CANCELLED', 'The run was cancelled.') : undefined);
  // Every append got a definitive answer unless the attempt failed; only then is nothing in doubt.
  const final = snapshot(failed !== undefined, !failed && rejected === 0 && missing === 0);
  const finalSave = saving.then(() => ctx.store.saveFolder(ctx.mailboxKey, plan.source, final));
  reporter.maybeProgress(plan.source, true);
  if (failed) {
    await finalSave;
    throw failed;
  }
  // Losing this write only leaves the folder "in doubt", which the next run checks,
  // so the worker moves on instead of waiting for the disk.
  ctx.deferSave(finalSave);
  finishFolder(ctx);
}

function skip(ctx: FolderSyncContext, m: MessageMeta, reason: SkipReason, detail: string): void {
  const flog = ctx.reporter.folder(ctx.plan.source);
  if (flog.skipped.some((s) => s.uid === m.uid && s.reason === reason)) return;
  flog.skipped.push({ uid: m.uid, size: m.size, reason, detail });
  ctx.reporter.entry('warn', `Message UID ${m.uid} skipped: ${detail}`, {
    folder: ctx.plan.source,
    code: reason,
  });
  ctx.reporter.event({
    type: 'message-skipped',
    folder: ctx.plan.source,
    uid: m.uid,
    size: m.size,
    reason,
    detail,
  });
}

function finishFolder(ctx: FolderSyncContext): void {
  const flog = ctx.reporter.folder(ctx.plan.source);
  flog.status =
    flog.skipped.length > 0
      ? 'PARTIAL'
      : flog.copied > 0 || flog.alreadyPresent > 0
        ? 'COPIED'
        : 'UP_TO_DATE';
  ctx.reporter.event({
    type: 'folder-completed',
    folder: ctx.plan.source,
    copied: flog.copied,
    skipped: flog.skipped.length,
    alreadyPresent: flog.alreadyPresent,
  });
}

/**
 * Multiset match on (Message-ID, internal date, size): destination copies not
 * explained by recorded UIDs are claimed by uncopied source messages, so a
 * message appended just before a crash is not appended again.
 */
async function dropPresentOnDestination(
  ctx: FolderSyncContext,
  metas: MessageMeta[],
  candidates: MessageMeta[],
  copied: UidSet,
): Promise<MessageMeta[]> {
  const destination: Fingerprint[] = [];
  await uidFetch(
    ctx.dst,
    '1:*',
    'UID INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]',
    (m) => {
      destination.push({
        messageId: extractMessageId(m.header),
        internalDateMs: parseInternalDate(m.internalDate ?? ''),
        size: m.size ?? 0,
      });
    },
  );
  const ids = new Map<number, string>();
  await uidFetch(ctx.src, '1:*', 'UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]', (m) => {
    if (m.uid !== undefined) ids.set(m.uid, extractMessageId(m.header));
  });
  const print = (m: MessageMeta): Fingerprint & { uid: number } => ({
    uid: m.uid,
    messageId: ids.get(m.uid) ?? '',
    internalDateMs: parseInternalDate(m.internalDate ?? ''),
    size: m.size,
  });
  const recorded = metas.filter((m) => copied.has(m.uid)).map(print);
  const present = findPresent(destination, recorded, candidates.map(print));
  const presentUids = new Set([...present].map((p) => p.uid));
  for (const uid of presentUids) copied.add(uid);
  return candidates.filter((m) => !presentUids.has(m.uid));
}
