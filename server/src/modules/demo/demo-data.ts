import type { OrganisationKind } from '@casella/shared';
import type { EntityManager } from '../../infra/db/orm.js';
import { randomToken } from '../../infra/security/hashing.js';
import type { Logger } from '../../infra/logger/logger.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
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

/**
 * On an empty database: the platform and its `admin` login always; with demo
 * data, also a reseller with two customers and a direct customer.
 */
export const bootstrapDatabase = async (
  em: EntityManager,
  options: { demoData: boolean; adminPassword?: string },
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
