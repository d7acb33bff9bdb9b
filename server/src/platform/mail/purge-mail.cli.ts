import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../infra/config/config.js';
import { databaseTarget, openOrm, systemEm } from '../../infra/db/orm.js';
import { purgeDeletedMail } from './mail-purger.js';

/**
 * Run on the mail host, as the user that owns the mail (cron or a systemd
 * timer): removes the directories of mailboxes deleted more than --grace-days
 * ago. Reads the same database settings as the server (DATABASE_URL or
 * DATA_DIR). Exits 1 when a directory could not be removed. See the README.
 */
const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    'mail-root': { type: 'string', default: '/var/vmail' },
    'grace-days': { type: 'string', default: '7' },
    'dry-run': { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  console.error(`purge-mail: ${message}`);
  process.exit(2);
};

const graceDays = Number(flags['grace-days']);
if (!Number.isFinite(graceDays) || graceDays < 0 || graceDays > 3650)
  fail('--grace-days must be a number of days from 0 to 3650');

const orm = await openOrm(databaseTarget(loadConfig()));
try {
  const report = await purgeDeletedMail(systemEm(orm), {
    mailRoot: flags['mail-root']!,
    graceMs: graceDays * 86_400_000,
    dryRun: flags['dry-run'],
  });
  for (const o of report.outcomes) {
    const what = `${o.mailDir} (${o.address}, deleted ${o.deletedAt.toISOString()})`;
    if (o.result === 'FAILED') console.error(`not removed: ${what}: ${o.error}`);
    else console.log(`${o.result.toLowerCase().replace('_', ' ')}: ${what}`);
  }
  const failed = report.outcomes.filter((o) => o.result === 'FAILED').length;
  console.log(
    `purge-mail: ${report.outcomes.length - failed} done, ${failed} failed, ${report.waiting} within the ${graceDays}-day grace period${flags['dry-run'] ? ' (dry run: nothing removed)' : ''}`,
  );
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await orm.close();
}
