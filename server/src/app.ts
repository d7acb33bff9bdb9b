import { scheduleMxChecks } from './modules/domains/mx/mx-check.job.js';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Config } from './infra/config/config.js';
import { createLogger, type Logger } from './infra/logger/logger.js';
import {
  databaseTarget,
  migrate,
  openOrm,
  systemEm,
  type DatabaseTarget,
  type Orm,
} from './infra/db/orm.js';
import { AfterCommitSubscriber } from './infra/db/after-commit.subscriber.js';
import { createAppPubSub, type AppPubSub } from './infra/pubsub/pubsub.js';
import { createMailer, type Mailer } from './infra/mailer/mailer.js';
import { OutboxDispatcher } from './infra/outbox/outbox-dispatcher.js';
import { DbJobRunner } from './infra/jobs/job-runner.js';
import { buildAppSchema } from './infra/graphql/schema.js';
import { createHttpServer } from './infra/http/http-server.js';
import { createServices, type Services } from './services.js';
import { bootstrapDatabase } from './modules/demo/demo-data.js';
import { backfillSieveScripts } from './modules/mailboxes/sieve-backfill.js';
import { SessionEntity } from './modules/auth/session.entity.js';
import { DOMAIN_PROVISION_JOB, DOMAINS_VERIFY_JOB } from './modules/domains/domain.service.js';
import { DomainEntity } from './modules/domains/domain.entity.js';
import { DomainAliasEntity } from './modules/domain-aliases/domain-alias.entity.js';
import { DOMAIN_ALIAS_PROVISION_JOB } from './modules/domain-aliases/domain-alias.service.js';
import { loadSecretKey, SecretBox } from './infra/security/secret-box.js';
import { createWebhookDelivery } from './modules/webhooks/delivery/webhook-delivery.setup.js';
import { QuotaChecks, scheduleQuotaChecks } from './modules/quota-warnings/quota-check.job.js';

export interface App {
  config: Config;
  logger: Logger;
  orm: Orm;
  pubsub: AppPubSub;
  mailer: Mailer;
  outbox: OutboxDispatcher;
  jobs: DbJobRunner;
  /** Webhook attempts run apart, so slow receivers never hold up other jobs. */
  webhookJobs: DbJobRunner;
  services: Services;
  httpServer: Server;
  /** `http://host:port`, known once listening. */
  url: string;
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** Overrides the database the config points at (tests use scratch databases). */
  database?: DatabaseTarget;
  /** Start background loops (job runner, outbox); tests may drive them by hand. */
  background?: boolean;
}

/** Builds the whole server: database (migrated), services, GraphQL over HTTP and WebSocket. */
export const createApp = async (config: Config, options: AppOptions = {}): Promise<App> => {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  if (config.REDIS_URL) {
    logger.warn(
      'REDIS_URL is set, but this version runs jobs and pub/sub in-process; it is ignored for now',
    );
  }
  const orm = await openOrm(options.database ?? databaseTarget(config), logger);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'applied database migrations');
  const scripts = await backfillSieveScripts(systemEm(orm));
  if (scripts)
    logger.info({ mailboxes: scripts }, 'wrote the automatic replies saved before Sieve');

  const pubsub = createAppPubSub();
  const mailer = createMailer(config);
  const outbox = new OutboxDispatcher(orm, logger);
  outbox.on('email.send', async (message) => {
    await mailer.send(message);
  });
  const jobs = new DbJobRunner(orm, logger);
  const secrets = new SecretBox(loadSecretKey(config, logger));
  const webhookJobs = createWebhookDelivery({ config, orm, logger, outbox, secrets });
  jobs.register('sessions.purge', async () => {
    await systemEm(orm).nativeDelete(SessionEntity, { expiresAt: { $lt: new Date() } });
  });
  orm.em.getEventManager().registerSubscriber(
    new AfterCommitSubscriber({
      pubsub,
      wakeOutbox: () => outbox.wake(),
      wakeJobs: () => {
        jobs.wake();
        webhookJobs.wake();
      },
    }),
  );

  await bootstrapDatabase(
    systemEm(orm),
    {
      demoData: config.DEMO_DATA,
      adminPassword: process.env.ADMIN_PASSWORD,
      mailboxMaxMessages: config.MAILBOX_MAX_MESSAGES,
    },
    logger,
  );
  await jobs.recurring('sessions.purge', 'sessions.purge', 3_600_000);

  const services = createServices(config, jobs, secrets);
  jobs.register(DOMAIN_PROVISION_JOB, async (payload) => {
    await services.domains.provision(systemEm(orm), DomainEntity, String(payload.domainId));
  });
  jobs.register(DOMAIN_ALIAS_PROVISION_JOB, async (payload) => {
    await services.domains.provision(
      systemEm(orm),
      DomainAliasEntity,
      String(payload.domainAliasId),
    );
  });
  jobs.register(DOMAINS_VERIFY_JOB, async () => {
    await services.domains.checkDue(systemEm(orm), [DomainEntity, DomainAliasEntity]);
  });
  await jobs.recurring(DOMAINS_VERIFY_JOB, DOMAINS_VERIFY_JOB, 60_000);
  await scheduleQuotaChecks(
    jobs,
    new QuotaChecks(orm, services.quotaWarnings, logger),
    config.QUOTA_CHECK_SECONDS,
  );
  await scheduleMxChecks(jobs, orm, services.mxChecks);
  const schema = await buildAppSchema(services, pubsub);
  let ready = true;
  const { httpServer, apollo } = await createHttpServer({
    config,
    logger,
    schema,
    orm,
    auth: services.auth,
    isReady: async () => ready && (await orm.isConnected()),
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  const background = options.background ?? config.JOBS_ENABLED;
  if (background) {
    outbox.start();
    jobs.start();
    webhookJobs.start();
  }
  logger.info({ url, database: orm.config.get('dbName') ?? 'postgresql' }, 'Casella is listening');

  return {
    config,
    logger,
    orm,
    pubsub,
    mailer,
    outbox,
    jobs,
    webhookJobs,
    services,
    httpServer,
    url,
    close: async () => {
      ready = false;
      await apollo.stop();
      await Promise.all([outbox.stop(), jobs.stop(), webhookJobs.stop()]);
      mailer.close();
      await orm.close(true);
    },
  };
};
