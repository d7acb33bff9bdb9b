import { signedIn } from '../demo.js';
import { TestClient } from '../graphql-client.js';

export interface World {
  url: string;
  platform: TestClient;
  /** The victim side: reseller R1 and its customer acme. */
  reseller: TestClient;
  acme: TestClient;
  /** Attackers: a sibling customer, another reseller and its customer, a direct customer. */
  globex: TestClient;
  otherReseller: TestClient;
  otherCustomer: TestClient;
  initech: TestClient;
  ids: {
    reseller: string;
    acme: string;
    globex: string;
    otherReseller: string;
    otherCustomer: string;
    acmeAdmin: string;
    resellerAdmin: string;
    /** A domain of acme, awaiting verification. */
    acmeDomain: string;
    /** Acme domain's postmaster mailbox. */
    acmePostmaster: string;
    /** An alias on acme's domain. */
    acmeAlias: string;
    /** A domain alias of acme's domain, awaiting verification. */
    acmeDomainAlias: string;
    /** A domain profile of reseller R1. */
    resellerProfile: string;
  };
}

const me = async (c: TestClient) =>
  (
    await c.ok<{ me: { id: string; organisation: { id: string } } }>(
      `{ me { id organisation { id } } }`,
    )
  ).me;

/** The demo tenants plus a second reseller with a customer of its own. */
export const buildWorld = async (
  url: string,
  runJobs: () => Promise<unknown>,
  activateDomain: (id: string) => Promise<unknown>,
): Promise<World> => {
  const platform = await signedIn(url, 'admin');
  await platform.ok(
    `mutation { createReseller(input: { name: "Other Reseller", contactEmail: "ops@other.example", admin: { login: "other-reseller", password: "other-reseller-1" } }) { id } }`,
  );
  const otherReseller = new TestClient(url);
  await otherReseller.login('other-reseller', 'other-reseller-1');
  await otherReseller.ok(
    `mutation { createCustomer(input: { name: "Other Customer", contactEmail: "it@othercust.example", admin: { login: "other-customer", password: "other-customer-1" } }) { id } }`,
  );
  const otherCustomer = new TestClient(url);
  await otherCustomer.login('other-customer', 'other-customer-1');
  const [reseller, acme, globex, initech] = await Promise.all([
    signedIn(url, 'reseller'),
    signedIn(url, 'acme'),
    signedIn(url, 'globex'),
    signedIn(url, 'initech'),
  ]);
  const [r, a, g, or, oc] = await Promise.all([
    me(reseller),
    me(acme),
    me(globex),
    me(otherReseller),
    me(otherCustomer),
  ]);
  const domain = await acme.ok<{ createDomain: { id: string } }>(
    `mutation { createDomain(input: { name: "acme-iso.example", postmasterPassword: "postmaster-1" }) { id } }`,
  );
  await runJobs();
  await activateDomain(domain.createDomain.id);
  const alias = await acme.ok<{ createAlias: { id: string } }>(
    `mutation { createAlias(input: { domainId: "${domain.createDomain.id}", localPart: "info", destinations: ["boss@acme.example"] }) { id } }`,
  );
  const domainAlias = await acme.ok<{ createDomainAlias: { id: string } }>(
    `mutation { createDomainAlias(input: { domainId: "${domain.createDomain.id}", name: "acme-iso-alias.example" }) { id } }`,
  );
  await runJobs();
  const profile = await reseller.ok<{ createDomainProfile: { id: string } }>(
    `mutation { createDomainProfile(input: { name: "R1 standard", maxMailboxes: 50 }) { id } }`,
  );
  const postmaster = await acme.ok<{ mailboxes: { edges: { node: { id: string } }[] } }>(
    `{ mailboxes(domainId: "${domain.createDomain.id}") { edges { node { id } } } }`,
  );
  return {
    url,
    platform,
    reseller,
    acme,
    globex,
    otherReseller,
    otherCustomer,
    initech,
    ids: {
      reseller: r.organisation.id,
      acme: a.organisation.id,
      globex: g.organisation.id,
      otherReseller: or.organisation.id,
      otherCustomer: oc.organisation.id,
      acmeAdmin: a.id,
      resellerAdmin: r.id,
      acmeDomain: domain.createDomain.id,
      acmePostmaster: postmaster.mailboxes.edges[0]!.node.id,
      acmeAlias: alias.createAlias.id,
      acmeDomainAlias: domainAlias.createDomainAlias.id,
      resellerProfile: profile.createDomainProfile.id,
    },
  };
};

/** Callers of other tenants who must see nothing of acme (or of reseller R1). */
export const outsidersOfAcme = (w: World): Array<[string, TestClient]> => [
  ['sibling customer', w.globex],
  ['other reseller', w.otherReseller],
  ['other reseller’s customer', w.otherCustomer],
  ['direct customer', w.initech],
];
