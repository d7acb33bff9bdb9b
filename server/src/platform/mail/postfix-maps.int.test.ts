import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { MailboxEntity } from '../../modules/mailboxes/mailbox.entity.js';
import { signedIn } from '../../test/demo.js';
import { startTestDnsServer, type TestDnsServer } from '../../test/dns/dns-server.js';
import type { TestClient } from '../../test/graphql-client.js';
import {
  acmeMail,
  changeDomainState,
  updateDomainSettings,
  updateMailbox,
  type AcmeMail,
} from '../../test/mail-platform/acme-mail.js';
import { postmapQuery } from '../../test/mail-platform/mail-probes.js';
import {
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { skipWithoutDatabase } from '../../test/test-server.js';
import type { PostfixMap } from './mail-config.renderer.js';

const VERIFY_IP = '192.0.2.44';
const runs = requireMailPlatform();

describe.skipIf(skipWithoutDatabase() || !runs)('Postfix answers from Casella’s database', () => {
  let mp: MailPlatform;
  let dns: TestDnsServer;
  let acme: TestClient;
  let ids: AcmeMail;
  beforeAll(async () => {
    dns = await startTestDnsServer();
    mp = await startMailPlatform({
      serverEnv: { VERIFY_IP, DNS_SERVERS: dns.address },
      dovecot: false,
    });
    acme = await signedIn(mp.server.url, 'acme');
    ids = await acmeMail(acme);
  });
  afterAll(async () => {
    await mp?.stop();
    await dns?.close();
  });

  const q = (map: PostfixMap, key: string) => postmapQuery(mp.table(map), key);
  /** How Postfix's virtual_alias_maps resolve a recipient: the address, then `@domain`. */
  const rewrite = async (address: string): Promise<string | null> =>
    (await q('aliases', address)) ??
    (await q('catch-alls', address)) ??
    (await q('catch-alls', address.slice(address.indexOf('@'))));
  const list = (value: string | null) => (value === null ? null : value.split(',').sort());
  /** Each mailbox's own maildir: its address and its ID, so a successor never shares it. */
  const maildirOf = (local: string) => `acme-demo.it/${local}.${ids.mailboxId[local]}/Maildir/`;

  it('serves the active domain and its verified alias; mailboxes are keyed by their address', async () => {
    expect(await q('domains', 'acme-demo.it')).toBe('acme-demo.it');
    expect(await q('domains', 'ACME-Demo.com')).toBe('acme-demo.com');
    expect(await q('domains', 'globex.example')).toBeNull();
    expect(await q('mailboxes', 'mario.rossi@acme-demo.it')).toBe(maildirOf('mario.rossi'));
    expect(await q('mailboxes', 'postmaster@acme-demo.it')).toBe(maildirOf('postmaster'));
    expect(await q('mailboxes', 'info@acme-demo.it')).toBeNull();
    expect(await q('mailboxes', 'nobody@acme-demo.it')).toBeNull();
  });

  it('aliases deliver to their destinations; every mailbox answers for itself', async () => {
    expect(list(await q('aliases', 'info@acme-demo.it'))).toEqual([
      'anna.bianchi@acme-demo.it',
      'mario.rossi@acme-demo.it',
    ]);
    expect(await q('aliases', 'mario.rossi@acme-demo.it')).toBe('mario.rossi@acme-demo.it');
    expect(await q('aliases', 'nobody@acme-demo.it')).toBeNull();
  });

  it('forwards: with a kept copy the mailbox gets it too, without only the forward targets do', async () => {
    const anna = ids.mailboxId['anna.bianchi']!;
    await updateMailbox(acme, anna, {
      forwards: ['anna@example.org', 'backup@example.net'],
      keepCopy: true,
    });
    expect(list(await q('aliases', 'anna.bianchi@acme-demo.it'))).toEqual([
      'anna.bianchi@acme-demo.it',
      'anna@example.org',
      'backup@example.net',
    ]);
    await updateMailbox(acme, anna, { keepCopy: false });
    expect(list(await q('aliases', 'anna.bianchi@acme-demo.it'))).toEqual([
      'anna@example.org',
      'backup@example.net',
    ]);
    await updateMailbox(acme, anna, { forwards: [], keepCopy: true });
    expect(await q('aliases', 'anna.bianchi@acme-demo.it')).toBe('anna.bianchi@acme-demo.it');
  });

  it('a catch-all takes mail for addresses that do not exist, never for a mailbox or an alias', async () => {
    expect(await rewrite('nobody@acme-demo.it')).toBeNull();
    await updateDomainSettings(acme, ids.domainId, { catchAll: 'catch@example.org' });
    expect(await rewrite('nobody@acme-demo.it')).toBe('catch@example.org');
    expect(await rewrite('mario.rossi@acme-demo.it')).toBe('mario.rossi@acme-demo.it');
    expect(list(await rewrite('info@acme-demo.it'))).toEqual([
      'anna.bianchi@acme-demo.it',
      'mario.rossi@acme-demo.it',
    ]);
    // A mailbox forwarding without a copy still is not the catch-all's.
    await updateMailbox(acme, ids.mailboxId['magazzino']!, {
      forwards: ['depot@example.org'],
      keepCopy: false,
    });
    expect(await rewrite('magazzino@acme-demo.it')).toBe('depot@example.org');
    // The catch-all table answers only the `@domain` key.
    expect(await q('catch-alls', 'nobody@acme-demo.it')).toBeNull();
    await updateDomainSettings(acme, ids.domainId, { catchAll: null });
    expect(await rewrite('nobody@acme-demo.it')).toBeNull();
  });

  it('no catch-all while the customer is on a free trial, as the panel says', async () => {
    await updateDomainSettings(acme, ids.domainId, { catchAll: 'catch@example.org' });
    expect(await rewrite('nobody@acme-demo.it')).toBe('catch@example.org');
    const reseller = await signedIn(mp.server.url, 'reseller');
    const { me } = await acme.ok<{ me: { organisation: { id: string } } }>(
      `{ me { organisation { id } } }`,
    );
    const trialUntil = (trialEndsAt: string | null) =>
      reseller.ok(
        `mutation($id: ID!, $input: OrganisationLimitsInput!) { setOrganisationLimits(id: $id, input: $input) { id } }`,
        { id: me.organisation.id, input: { trialEndsAt } },
      );
    await trialUntil(new Date(Date.now() + 7 * 86_400_000).toISOString());
    expect(await rewrite('nobody@acme-demo.it')).toBeNull();
    expect(await rewrite('nobody@acme-demo.com')).toBeNull();
    await trialUntil(new Date(Date.now() - 60_000).toISOString());
    expect(await rewrite('nobody@acme-demo.it')).toBe('catch@example.org');
    await trialUntil(null);
    await updateDomainSettings(acme, ids.domainId, { catchAll: null });
  });

  it('a domain alias inherits mailboxes, aliases, forwards and the catch-all', async () => {
    expect(await rewrite('mario.rossi@acme-demo.com')).toBe('mario.rossi@acme-demo.it');
    expect(await rewrite('info@acme-demo.com')).toBe('info@acme-demo.it');
    expect(await rewrite('nobody@acme-demo.com')).toBeNull();
    await updateDomainSettings(acme, ids.domainId, { catchAll: 'catch@example.org' });
    expect(await rewrite('nobody@acme-demo.com')).toBe('catch@example.org');
    expect(await rewrite('mario.rossi@acme-demo.com')).toBe('mario.rossi@acme-demo.it');
    await updateDomainSettings(acme, ids.domainId, { catchAll: null });
    // The alias name is never a mailbox key of its own: Postfix rewrites it first.
    expect(await q('mailboxes', 'mario.rossi@acme-demo.com')).toBeNull();
  });

  it('a domain alias is served only once verified (an IDN one under its A-label)', async () => {
    const { createDomainAlias: alias } = await acme.ok<{
      createDomainAlias: { id: string; asciiName: string; verification: { recordName: string } };
    }>(
      `mutation($input: CreateDomainAliasInput!) {
        createDomainAlias(input: $input) { id asciiName verification { recordName } }
      }`,
      { input: { domainId: ids.domainId, name: 'Acme-Città.it' } },
    );
    await mp.server.app.jobs.runDue();
    const address = `mario.rossi@${alias.asciiName}`;
    expect(await q('domains', alias.asciiName)).toBeNull();
    expect(await rewrite(address)).toBeNull();
    dns.records.set(alias.verification.recordName, [VERIFY_IP]);
    await acme.ok(`mutation($id: ID!) { checkDomainAliasVerification(id: $id) { state } }`, {
      id: alias.id,
    });
    expect(await q('domains', alias.asciiName)).toBe(alias.asciiName);
    expect(await rewrite(address)).toBe('mario.rossi@acme-demo.it');
  });

  it('mail for a mailbox that is not active is refused at RCPT time, on the alias domain too', async () => {
    const mario = ids.mailboxId['mario.rossi']!;
    expect(await q('recipient-access', 'mario.rossi@acme-demo.it')).toBeNull();
    await updateMailbox(acme, mario, { state: 'DISABLED' });
    expect(await q('recipient-access', 'mario.rossi@acme-demo.it')).toMatch(/^550 5\.2\.1 /);
    expect(await q('recipient-access', 'mario.rossi@acme-demo.com')).toMatch(/^550 5\.2\.1 /);
    expect(await q('mailboxes', 'mario.rossi@acme-demo.it')).toBeNull();
    // It still answers for itself: a catch-all never takes a disabled person's mail.
    await updateDomainSettings(acme, ids.domainId, { catchAll: 'catch@example.org' });
    expect(await rewrite('mario.rossi@acme-demo.it')).toBe('mario.rossi@acme-demo.it');
    await updateDomainSettings(acme, ids.domainId, { catchAll: null });
    // Billing suspends (no API yet): deferred rather than refused.
    await systemEm(mp.server.app.orm).nativeUpdate(
      MailboxEntity,
      { id: mario },
      { state: 'SUSPENDED' },
    );
    expect(await q('recipient-access', 'mario.rossi@acme-demo.it')).toMatch(/^450 4\.2\.1 /);
    await systemEm(mp.server.app.orm).nativeUpdate(
      MailboxEntity,
      { id: mario },
      { state: 'ACTIVE' },
    );
    expect(await q('recipient-access', 'mario.rossi@acme-demo.it')).toBeNull();
    expect(await q('mailboxes', 'mario.rossi@acme-demo.it')).toBe(maildirOf('mario.rossi'));
  });

  it('a disabled or suspended domain, or a suspended customer, is not served at all', async () => {
    const served = async () => ({
      domain: await q('domains', 'acme-demo.it'),
      alias: await q('domains', 'acme-demo.com'),
      mailbox: await q('mailboxes', 'mario.rossi@acme-demo.it'),
      rewrite: await rewrite('info@acme-demo.com'),
    });
    const all = {
      domain: 'acme-demo.it',
      alias: 'acme-demo.com',
      mailbox: maildirOf('mario.rossi'),
      rewrite: 'info@acme-demo.it',
    };
    const none = { domain: null, alias: null, mailbox: null, rewrite: null };
    expect(await served()).toEqual(all);
    const reseller = await signedIn(mp.server.url, 'reseller');
    await changeDomainState(acme, ids.domainId, 'disableDomain');
    expect(await served(), 'disabled').toEqual(none);
    await changeDomainState(acme, ids.domainId, 'enableDomain');
    expect(await served()).toEqual(all);
    await changeDomainState(reseller, ids.domainId, 'suspendDomain');
    expect(await served(), 'suspended').toEqual(none);
    await changeDomainState(reseller, ids.domainId, 'reactivateDomain');
    expect(await served()).toEqual(all);
    const { me } = await acme.ok<{ me: { organisation: { id: string } } }>(
      `{ me { organisation { id } } }`,
    );
    await reseller.ok(`mutation($id: ID!) { suspendOrganisation(id: $id) { id } }`, {
      id: me.organisation.id,
    });
    expect(await served()).toEqual(none);
    await reseller.ok(`mutation($id: ID!) { reactivateOrganisation(id: $id) { id } }`, {
      id: me.organisation.id,
    });
    expect(await served()).toEqual(all);
  });
});
