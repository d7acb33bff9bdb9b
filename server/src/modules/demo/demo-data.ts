import { DEFAULT_MAILBOX_MAX_MESSAGES, type OrganisationKind } from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import { randomToken } from '../../infra/security/hashing.js';
import type { Logger } from '../../infra/logger/logger.js';
import { hashMailboxPassword } from '../../platform/passwords/mailbox-password.js';
import { AliasEntity } from '../aliases/alias.entity.js';
import { DomainAliasEntity } from '../domain-aliases/domain-alias.entity.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { buildMailbox, buildPostmaster } from '../mailboxes/mailbox.factory.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { MailboxEntity } from '../mailboxes/mailbox.entity.js';
import { MailboxUsageEntity } from '../mailboxes/mailbox-usage.entity.js';
import { nextQuotaLevel } from '../quota-warnings/quota-levels.js';
import { QuotaWarningStateEntity } from '../quota-warnings/quota-warning-state.entity.js';
import { buildUser } from '../users/user.factory.js';

/** The demo logins README.md lists; kept here so tests and docs cannot drift apart. */
export const DEMO_ACCOUNTS = {
  admin: {
    login: 'admin',
    password: 'casella-admin-1',
    organisation: 'Casella Platform',
    kind: 'PLATFORM',
  },
  reseller: {
    login: 'reseller',
    password: 'reseller-demo-1',
    organisation: 'Rivendita Demo',
    kind: 'RESELLER',
  },
  acme: { login: 'acme', password: 'acme-demo-1', organisation: 'Acme S.r.l.', kind: 'CUSTOMER' },
  globex: {
    login: 'globex',
    password: 'globex-demo-1',
    organisation: 'Globex S.p.A.',
    kind: 'CUSTOMER',
  },
  initech: {
    login: 'initech',
    password: 'initech-demo-1',
    organisation: 'Initech',
    kind: 'CUSTOMER',
  },
} as const satisfies Record<
  string,
  { login: string; password: string; organisation: string; kind: OrganisationKind }
>;

/** Acme's verified domain and what lives on it (README lists these too). */
export const DEMO_MAIL = {
  domain: 'acme-demo.it',
  domainAlias: 'acme-demo.com',
  postmasterPassword: 'postmaster-2026',
  mailboxes: [
    {
      localPart: 'mario.rossi',
      password: 'mario-2026',
      firstName: 'Mario',
      lastName: 'Rossi',
      quotaGb: 2,
    },
    {
      localPart: 'anna.bianchi',
      password: 'anna-2026',
      firstName: 'Anna',
      lastName: 'Bianchi',
      quotaGb: 1,
    },
    {
      localPart: 'magazzino',
      password: 'magazzino-2026',
      firstName: 'Magazzino',
      lastName: null,
      quotaGb: 8,
    },
  ],
  /**
   * One mailbox near its quota, as if Dovecot had reported it: 90 % of Anna's
   * 1 GB. Its warning level starts where that usage puts it (80 %), so a new
   * demo sends no warning for what was never news.
   */
  nearQuota: {
    localPart: 'anna.bianchi',
    bytes: Math.round(0.9 * 1024 ** 3),
    messages: 4210,
  },
  alias: {
    localPart: 'info',
    destinations: ['mario.rossi@acme-demo.it', 'anna.bianchi@acme-demo.it'],
  },
} as const;

const addOrg = (
  em: EntityManager,
  kind: OrganisationKind,
  name: string,
  contactEmail: string,
  parent: OrganisationEntity | null,
): OrganisationEntity => {
  const org = new OrganisationEntity();
  Object.assign(org, { kind, name, contactEmail, parent, language: 'it' });
  org.tenantPath = `${parent?.tenantPath ?? '/'}${org.id}/`;
  em.persist(org);
  return org;
};

const addAdmin = async (
  em: EntityManager,
  org: OrganisationEntity,
  login: string,
  password: string,
) => {
  em.persist(
    await buildUser(org, {
      login,
      password,
      name: org.name,
      email: org.contactEmail,
      role: 'ADMIN',
    }),
  );
};

const addNearQuotaUsage = (em: EntityManager, mailbox: MailboxEntity): void => {
  const { bytes, messages } = DEMO_MAIL.nearQuota;
  const usage = new MailboxUsageEntity();
  // A trigger stamps reported_at, as for Dovecot's own reports.
  Object.assign(usage, { address: mailbox.address, bytes, messages });
  const state = new QuotaWarningStateEntity();
  Object.assign(state, {
    mailbox,
    storageLevel: nextQuotaLevel(0, bytes, mailbox.quotaMb * 1024 * 1024).level,
    messagesLevel: nextQuotaLevel(0, messages, mailbox.maxMessages).level,
  });
  em.persist([usage, state]);
};

/** An already verified domain with mailboxes, an alias and a domain alias. */
const addDemoMail = (
  em: EntityManager,
  customer: OrganisationEntity,
  maxMessages: number,
): void => {
  const domain = new DomainEntity();
  Object.assign(domain, {
    organisation: customer,
    name: DEMO_MAIL.domain,
    state: 'ACTIVE',
    verificationLabel: 'd000000001',
    verifiedAt: new Date(),
    verifiedBy: 'DNS',
  });
  domain.tenantPath = `${customer.tenantPath}${domain.id}/`;
  em.persist([
    domain,
    buildPostmaster(domain, hashMailboxPassword(DEMO_MAIL.postmasterPassword), maxMessages),
  ]);
  for (const m of DEMO_MAIL.mailboxes) {
    const mailbox = buildMailbox(
      domain,
      m.localPart,
      hashMailboxPassword(m.password),
      m.quotaGb * 1024,
      maxMessages,
    );
    Object.assign(mailbox, { firstName: m.firstName, lastName: m.lastName });
    em.persist(mailbox);
    if (m.localPart === DEMO_MAIL.nearQuota.localPart) addNearQuotaUsage(em, mailbox);
  }
  const alias = new AliasEntity();
  Object.assign(alias, {
    domain,
    localPart: DEMO_MAIL.alias.localPart,
    address: `${DEMO_MAIL.alias.localPart}@${domain.name}`,
    tenantPath: domain.tenantPath,
    destinations: [...DEMO_MAIL.alias.destinations],
  });
  const domainAlias = new DomainAliasEntity();
  Object.assign(domainAlias, {
    domain,
    name: DEMO_MAIL.domainAlias,
    tenantPath: domain.tenantPath,
    state: 'ACTIVE',
    verificationLabel: 'd000000002',
    verifiedAt: new Date(),
    verifiedBy: 'DNS',
  });
  em.persist([alias, domainAlias]);
};

/**
 * On an empty database: the platform and its `admin` login always; with demo
 * data, also a reseller with two customers (one with a working mail domain) and
 * a direct customer.
 */
export const bootstrapDatabase = async (
  em: EntityManager,
  options: { demoData: boolean; adminPassword?: string; mailboxMaxMessages?: number },
  logger: Logger,
): Promise<boolean> => {
  if ((await em.count(OrganisationEntity, {})) > 0) return false;
  const platform = addOrg(
    em,
    'PLATFORM',
    DEMO_ACCOUNTS.admin.organisation,
    'ops@casella.local',
    null,
  );
  let adminPassword =
    options.adminPassword ?? (options.demoData ? DEMO_ACCOUNTS.admin.password : undefined);
  if (!adminPassword) {
    adminPassword = randomToken(12);
    logger.warn(
      { login: 'admin', password: adminPassword },
      'created the platform admin with a random password: change it now',
    );
  }
  await addAdmin(em, platform, DEMO_ACCOUNTS.admin.login, adminPassword);
  if (options.demoData) {
    const reseller = addOrg(
      em,
      'RESELLER',
      DEMO_ACCOUNTS.reseller.organisation,
      'info@rivendita-demo.it',
      platform,
    );
    await addAdmin(em, reseller, DEMO_ACCOUNTS.reseller.login, DEMO_ACCOUNTS.reseller.password);
    for (const key of ['acme', 'globex'] as const) {
      const c = DEMO_ACCOUNTS[key];
      const org = addOrg(em, 'CUSTOMER', c.organisation, `admin@${key}.example`, reseller);
      await addAdmin(em, org, c.login, c.password);
      if (key === 'acme')
        addDemoMail(em, org, options.mailboxMaxMessages ?? DEFAULT_MAILBOX_MAX_MESSAGES);
    }
    const direct = addOrg(
      em,
      'CUSTOMER',
      DEMO_ACCOUNTS.initech.organisation,
      'admin@initech.example',
      platform,
    );
    await addAdmin(em, direct, DEMO_ACCOUNTS.initech.login, DEMO_ACCOUNTS.initech.password);
  }
  await em.flush();
  logger.info({ demoData: options.demoData }, 'initialised an empty database');
  return true;
};
