import { systemEm, type EntityManager, type Orm } from '../../infra/db/orm.js';
import type { JobQueue } from '../../infra/jobs/job-runner.js';
import type { Logger } from '../../infra/logger/logger.js';
import { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { MailboxUsageEntity } from '../mailboxes/mailbox-usage.entity.js';
import { quotaFigures, stepQuotaLevels } from './quota-levels.js';
import { QuotaWarningStateEntity } from './quota-warning-state.entity.js';
import { QuotaCheckWatermarkEntity } from './quota-check-watermark.entity.js';
import type { QuotaWarningService } from './quota-warning.service.js';

/** Every QUOTA_CHECK_SECONDS: the mailboxes Dovecot reported on since the last run. */
export const QUOTA_CHECK_JOB = 'quota-warnings.check';
/** Hourly: every mailbox with a usage report, as a safety net. */
export const QUOTA_SWEEP_JOB = 'quota-warnings.sweep';
const SWEEP_INTERVAL_MS = 3_600_000;

const WATERMARK = 'mailbox_usage';
const BATCH = 500;
/** Rows one check reads at most; the next run goes on from there. */
const MAX_BATCHES = 20;
// PostgreSQL stamps reported_at when Dovecot's transaction starts, so a row may
// become visible after a later-stamped one was read: the watermark stays this
// far behind the clock, and such rows are read again (evaluating is idempotent).
const LAG_MS = 30_000;

/** Finds the mailboxes whose usage may have crossed a threshold and evaluates them. */
export class QuotaChecks {
  constructor(
    private readonly orm: Orm,
    private readonly warnings: QuotaWarningService,
    private readonly logger: Logger,
  ) {}

  /** Evaluates the mailboxes reported since the watermark, then moves it; returns how many moved. */
  async checkReported(signal?: AbortSignal): Promise<number> {
    const em = systemEm(this.orm);
    const mark = await em.findOne(QuotaCheckWatermarkEntity, { name: WATERMARK });
    let since = mark?.reportedAt ?? new Date(0);
    let last: Date | null = null;
    let evaluated = 0;
    for (let batch = 0; batch < MAX_BATCHES && !signal?.aborted; batch++) {
      const rows = await em.find(
        MailboxUsageEntity,
        { reportedAt: { $gt: since } },
        { orderBy: { reportedAt: 'asc' }, limit: BATCH, disableIdentityMap: true },
      );
      const moving = await this.moving(em, rows);
      for (const address of moving) await this.evaluate(address);
      evaluated += moving.length;
      last = rows.at(-1)?.reportedAt ?? last;
      if (last) since = last;
      if (rows.length < BATCH) break;
    }
    if (last) {
      const next = Math.max(
        mark?.reportedAt.getTime() ?? 0,
        Math.min(last.getTime(), Date.now() - LAG_MS),
      );
      await em.upsert(QuotaCheckWatermarkEntity, { name: WATERMARK, reportedAt: new Date(next) });
    }
    return evaluated;
  }

  /** Evaluates every mailbox that has a usage report; returns how many moved. */
  async sweep(signal?: AbortSignal): Promise<number> {
    const em = systemEm(this.orm);
    let after = '';
    let evaluated = 0;
    while (!signal?.aborted) {
      const rows = await em.find(
        MailboxUsageEntity,
        { address: { $gt: after } },
        { orderBy: { address: 'asc' }, limit: BATCH, disableIdentityMap: true },
      );
      const moving = await this.moving(em, rows);
      for (const address of moving) await this.evaluate(address);
      evaluated += moving.length;
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.address;
    }
    return evaluated;
  }

  /**
   * Of a batch of reports, the addresses whose warning levels would move, read
   * in bulk: most reports change nothing and cost no evaluation of their own
   * (which reads everything again, and decides).
   */
  private async moving(em: EntityManager, rows: MailboxUsageEntity[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const mailboxes = await em.find(
      MailboxEntity,
      { address: { $in: rows.map((r) => r.address) }, state: 'ACTIVE' },
      { filters: false, disableIdentityMap: true },
    );
    const states = await em.find(
      QuotaWarningStateEntity,
      { mailbox: { $in: mailboxes.map((m) => m.id) } },
      { disableIdentityMap: true },
    );
    const stateOf = new Map(states.map((s) => [s.mailbox.id, s]));
    const usageOf = new Map(rows.map((r) => [r.address, r]));
    return mailboxes
      .filter((m) => {
        const s = stateOf.get(m.id);
        const from = { storage: s?.storageLevel ?? 0, messages: s?.messagesLevel ?? 0 };
        return stepQuotaLevels(from, quotaFigures(m, usageOf.get(m.address)!)).crossings.length > 0;
      })
      .map((m) => m.address);
  }

  /** One mailbox, in an EntityManager of its own; a failure is logged and the run goes on. */
  private async evaluate(address: string): Promise<void> {
    try {
      await this.warnings.evaluate(systemEm(this.orm), { address });
    } catch (error) {
      this.logger.error({ err: error, address }, 'quota warning evaluation failed');
    }
  }
}

/** Registers both jobs and makes sure each recurs. */
export const scheduleQuotaChecks = async (
  jobs: JobQueue,
  checks: QuotaChecks,
  intervalSeconds: number,
): Promise<void> => {
  jobs.register(QUOTA_CHECK_JOB, async (_payload, { signal }) => {
    await checks.checkReported(signal);
  });
  jobs.register(QUOTA_SWEEP_JOB, async (_payload, { signal }) => {
    await checks.sweep(signal);
  });
  await jobs.recurring(QUOTA_CHECK_JOB, QUOTA_CHECK_JOB, intervalSeconds * 1000);
  await jobs.recurring(QUOTA_SWEEP_JOB, QUOTA_SWEEP_JOB, SWEEP_INTERVAL_MS);
};
