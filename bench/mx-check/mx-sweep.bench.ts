import { DnsVerifier } from '../../server/src/modules/domains/verification/dns-verifier.js';
import { MxCheckService } from '../../server/src/modules/domains/mx/mx-check.service.js';
import { DomainEntity } from '../../server/src/modules/domains/domain.entity.js';
import { OrganisationEntity } from '../../server/src/modules/organisations/organisation.entity.js';
import { NotificationSettingsService } from '../../server/src/modules/notification-settings/notification-settings.service.js';
import { createScratchDatabase } from '../../server/src/infra/db/scratch-database.js';
import { migrate, openOrm, systemEm, type Orm } from '../../server/src/infra/db/orm.js';
import { startTestDnsServer } from '../../server/src/test/dns/dns-server.js';
import {
  MX_CHECK_BUDGET_MS,
  MX_CHECK_TICK_MS,
  sweepDueMx,
} from '../../server/src/modules/domains/mx/mx-check.job.js';

/**
 * The periodic MX sweep over many domains, against a loopback DNS server that
 * answers each query late (as one across a network does): the sweep as built
 * (8 lookups in flight) against the one-at-a-time loop it replaces, in the
 * same run. Prints domains per second for both and what that means per day.
 *
 *   npx -y pnpm@12.4.2 bench:mx   (DOMAINS=2000 DNS_DELAY_MS=10 to change the load)
 */
const DOMAINS = Number(process.env.DOMAINS ?? 2000);
const DNS_DELAY_MS = Number(process.env.DNS_DELAY_MS ?? 10);
const MX_HOSTS = ['mx1.casella.bench', 'mx2.casella.bench'];

const seed = async (orm: Orm): Promise<void> => {
  const em = systemEm(orm);
  const customer = new OrganisationEntity();
  Object.assign(customer, { kind: 'CUSTOMER', name: 'Bench', contactEmail: 'b@bench.example' });
  customer.tenantPath = `/${customer.id}/`;
  em.persist(customer);
  for (let i = 0; i < DOMAINS; i++) {
    const d = new DomainEntity();
    Object.assign(d, {
      organisation: customer,
      name: `bench-${i}.example`,
      state: 'ACTIVE',
      verificationLabel: `d${String(i).padStart(9, '0')}`,
    });
    d.tenantPath = `${customer.tenantPath}${d.id}/`;
    em.persist(d);
  }
  await em.flush();
};

/** Every domain due again, then one wake-up of the recurring job, as it runs in production. */
const sweep = async (
  orm: Orm,
  checks: MxCheckService,
): Promise<{ seconds: number; checked: number }> => {
  await systemEm(orm).nativeUpdate(DomainEntity, {}, { mxCheckedAt: null, mxStatus: 'UNKNOWN' });
  const started = process.hrtime.bigint();
  const checked = await sweepDueMx(orm, checks);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, checked };
};

const main = async () => {
  const dns = await startTestDnsServer();
  dns.delayMs = DNS_DELAY_MS;
  for (let i = 0; i < DOMAINS; i++) {
    // Most point at us; some elsewhere; some have none (NXDOMAIN).
    if (i % 10 === 9) continue;
    dns.mx.set(
      `bench-${i}.example`,
      i % 10 === 8
        ? [{ priority: 10, host: 'mx.elsewhere.example' }]
        : MX_HOSTS.map((host, k) => ({ priority: (k + 1) * 10, host })),
    );
  }
  const scratch = await createScratchDatabase('sqlite');
  const orm = await openOrm(scratch.target);
  try {
    await migrate(orm);
    await seed(orm);
    const resolver = new DnsVerifier([dns.address]);
    const notices = new NotificationSettingsService();
    const built = new MxCheckService(resolver, MX_HOSTS, 24, notices);
    const oneAtATime = new MxCheckService(resolver, MX_HOSTS, 24, notices, 1);
    await sweep(orm, built); // warm-up: JIT, SQLite pages
    const engine = await sweep(orm, built);
    const baseline = await sweep(orm, oneAtATime);
    const counts = await systemEm(orm)
      .getConnection()
      .execute<{ mx_status: string; n: number }[]>(
        `select mx_status, count(*) as n from domains group by mx_status order by mx_status`,
      );
    const rate = DOMAINS / engine.seconds;
    const baseRate = DOMAINS / baseline.seconds;
    const perTick = (rate * MX_CHECK_BUDGET_MS) / 1000;
    const ticksPerDay = 86_400_000 / MX_CHECK_TICK_MS;
    if (engine.checked !== DOMAINS || baseline.checked !== DOMAINS)
      throw new Error(`checked ${engine.checked} and ${baseline.checked} of ${DOMAINS} domains`);
    console.log(`mx sweep: ${DOMAINS} domains, DNS answering after ${DNS_DELAY_MS} ms, SQLite`);
    console.log(
      `  sweep as built (8 in flight): ${engine.seconds.toFixed(2)} s, ${rate.toFixed(0)} domains/s`,
    );
    console.log(
      `  baseline, one at a time:      ${baseline.seconds.toFixed(2)} s, ${baseRate.toFixed(0)} domains/s`,
    );
    console.log(`  outcome: ${counts.map((c) => `${c.mx_status} ${c.n}`).join(', ')}`);
    console.log(
      `  capacity: one wake-up (${MX_CHECK_BUDGET_MS / 60_000} min at most, every ${MX_CHECK_TICK_MS / 60_000} min) checks up to ${perTick.toFixed(0)} names; ${ticksPerDay} a day: about ${((perTick * ticksPerDay) / 1e6).toFixed(1)} million names a day per server`,
    );
    console.log(
      `speedup=${(rate / baseRate).toFixed(1)} domains_per_s=${rate.toFixed(0)} baseline_per_s=${baseRate.toFixed(0)}`,
    );
  } finally {
    await orm.close();
    await scratch.drop();
    await dns.close();
  }
};

await main();
