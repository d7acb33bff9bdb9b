import { systemEm, type Orm } from '../../../infra/db/orm.js';
import type { JobQueue } from '../../../infra/jobs/job-runner.js';
import type { MxCheckService } from './mx-check.service.js';

export const MX_CHECK_JOB = 'domains.mx-check';
/**
 * The sweep wakes up this often and checks the names that are due, so each is
 * looked at about once every MX_CHECK_HOURS, a newly active one within
 * minutes, and the work spreads over the day instead of one burst at night.
 */
export const MX_CHECK_TICK_MS = 10 * 60_000;
/** One wake-up works this long at most, so it ends before the next is due. */
export const MX_CHECK_BUDGET_MS = 8 * 60_000;

/**
 * Checks what is due, a run of a few hundred names at a time, until nothing is
 * due or the budget is spent; returns how many names were checked.
 */
export const sweepDueMx = async (
  orm: Orm,
  checks: MxCheckService,
  signal?: AbortSignal,
  budgetMs = MX_CHECK_BUDGET_MS,
): Promise<number> => {
  const until = Date.now() + budgetMs;
  let checked = 0;
  while (!signal?.aborted && Date.now() < until) {
    const run = await checks.checkDue(systemEm(orm), signal);
    if (run === 0) break;
    checked += run;
  }
  return checked;
};

export const scheduleMxChecks = async (
  jobs: JobQueue,
  orm: Orm,
  checks: MxCheckService,
): Promise<void> => {
  jobs.register(MX_CHECK_JOB, async (_payload, { signal }) => {
    await sweepDueMx(orm, checks, signal);
  });
  await jobs.recurring(MX_CHECK_JOB, MX_CHECK_JOB, MX_CHECK_TICK_MS);
};
