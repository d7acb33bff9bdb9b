import { systemEm, type Orm } from '../../../infra/db/orm.js';
import type { JobQueue } from '../../../infra/jobs/job-runner.js';
import type { MxCheckService } from './mx-check.service.js';

export const MX_CHECK_JOB = 'domains.mx-check';
/**
 * The sweep wakes up this often and checks the domains that are due, so each
 * domain is looked at about once every MX_CHECK_HOURS, a newly active one within
 * minutes, and the work spreads over the day instead of one burst at night.
 */
const TICK_MS = 10 * 60_000;

export const scheduleMxChecks = async (
  jobs: JobQueue,
  orm: Orm,
  checks: MxCheckService,
): Promise<void> => {
  jobs.register(MX_CHECK_JOB, async (_payload, { signal }) => {
    await checks.checkDue(systemEm(orm), signal);
  });
  await jobs.recurring(MX_CHECK_JOB, MX_CHECK_JOB, TICK_MS);
};
