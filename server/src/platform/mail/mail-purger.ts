import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '../../infra/db/orm.js';
import { MailPurgeEntity } from './mail-purge.entity.js';

export interface PurgeOptions {
  /** The directory Dovecot keeps mail under (`--mail-root` of platform:render). */
  mailRoot: string;
  /** How long a deleted mailbox's mail is kept before it goes. */
  graceMs: number;
  /** Reports what would go, removes nothing, marks nothing. */
  dryRun?: boolean;
}

export interface PurgeOutcome {
  mailDir: string;
  address: string;
  deletedAt: Date;
  result: 'PURGED' | 'ABSENT' | 'WOULD_PURGE' | 'FAILED';
  error?: string;
}

export interface PurgeReport {
  outcomes: PurgeOutcome[];
  /** Queued directories still inside their grace period. */
  waiting: number;
}

const BATCH = 200;
// `<domain>/<local part>.<id>`: one level under a domain directory, nothing that climbs.
const MAIL_DIR = /^[a-z0-9][a-z0-9.-]*\/[^/\0]+$/;

/** Why a queued path must not be touched, or null when it is a mailbox directory under the root. */
const refusal = (mailRoot: string, mailDir: string): string | null => {
  if (!MAIL_DIR.test(mailDir) || mailDir.split('/').some((s) => s === '.' || s === '..'))
    return 'not a mailbox directory path';
  const target = path.resolve(mailRoot, mailDir);
  if (!target.startsWith(mailRoot + path.sep)) return 'outside the mail root';
  return null;
};

const removeDirectory = async (mailRoot: string, mailDir: string): Promise<'PURGED' | 'ABSENT'> => {
  const target = path.join(mailRoot, mailDir);
  let stat;
  try {
    stat = await fs.lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'ABSENT';
    throw error;
  }
  // A link or a file where a mailbox directory should be was not made by Dovecot: leave it.
  if (!stat.isDirectory()) throw new Error('not a directory (a link or a file): left alone');
  await fs.rm(target, { recursive: true });
  // The domain's directory goes with its last mailbox.
  await fs.rmdir(path.dirname(target)).catch(() => undefined);
  return 'PURGED';
};

/**
 * Removes the directories of mailboxes deleted longer than the grace period
 * ago, oldest first, each marked done as it goes: a run cut short repeats
 * nothing, and a directory that cannot go stays queued with the reason.
 */
export const purgeDeletedMail = async (
  em: EntityManager,
  options: PurgeOptions,
): Promise<PurgeReport> => {
  const mailRoot = path.resolve(options.mailRoot);
  const rootStat = await fs.stat(mailRoot).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`the mail root ${mailRoot} is not a directory`);
  const before = new Date(Date.now() - options.graceMs);
  const outcomes: PurgeOutcome[] = [];
  let afterId = 0;
  for (;;) {
    const rows = await em.find(
      MailPurgeEntity,
      { purgedAt: null, deletedAt: { $lte: before }, id: { $gt: afterId } },
      { orderBy: { id: 'asc' }, limit: BATCH, disableIdentityMap: true },
    );
    for (const row of rows) {
      const base = { mailDir: row.mailDir, address: row.address, deletedAt: row.deletedAt };
      const refused = refusal(mailRoot, row.mailDir);
      if (options.dryRun) {
        outcomes.push({
          ...base,
          result: refused ? 'FAILED' : 'WOULD_PURGE',
          error: refused ?? undefined,
        });
        continue;
      }
      try {
        if (refused) throw new Error(refused);
        const result = await removeDirectory(mailRoot, row.mailDir);
        await em.nativeUpdate(
          MailPurgeEntity,
          { id: row.id },
          { purgedAt: new Date(), lastError: null },
        );
        outcomes.push({ ...base, result });
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await em.nativeUpdate(MailPurgeEntity, { id: row.id }, { lastError: message });
        outcomes.push({ ...base, result: 'FAILED', error: message });
      }
    }
    if (rows.length < BATCH) break;
    afterId = rows.at(-1)!.id;
  }
  const waiting = await em.count(MailPurgeEntity, { purgedAt: null, deletedAt: { $gt: before } });
  return { outcomes, waiting };
};
