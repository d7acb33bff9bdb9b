import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from '../../modules/domains/domain.entity.js';
import { signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import {
  acmeMail,
  changeDomainState,
  updateDomainSettings,
  updateMailbox,
  type AcmeMail,
} from '../../test/mail-platform/acme-mail.js';
import { imapLogin } from '../../test/mail-platform/imap-session.js';
import { pop3Login, smtpAuth } from '../../test/mail-platform/mail-probes.js';
import {
  MASTER,
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { skipWithoutDatabase } from '../../test/test-server.js';

const MARIO = 'mario.rossi@acme-demo.it';
const ANNA = 'anna.bianchi@acme-demo.it';
const PASSWORD = 'mario-2026';

const run = promisify(execFile);
const runs = requireMailPlatform();

describe.skipIf(skipWithoutDatabase() || !runs)(
  "Dovecot logs people in from Casella's database",
  () => {
    let mp: MailPlatform;
    let acme: TestClient;
    let ids: AcmeMail;
    beforeAll(async () => {
      mp = await startMailPlatform();
      acme = await signedIn(mp.server.url, 'acme');
      ids = await acmeMail(acme);
    });
    afterAll(async () => mp?.stop());

    /** What each way in answers for Mario right now. */
    const access = async (password = PASSWORD, from?: string) => ({
      imap: await imapLogin(mp.imapPort, MARIO, password, from),
      pop3: await pop3Login(mp.pop3Port, MARIO, password, from),
      webmail: await imapLogin(mp.webmailPort, MARIO, password, from),
      smtp: await smtpAuth(mp.rendered.dovecotConf, MARIO, password),
    });
    const ALL = { imap: true, pop3: true, webmail: true, smtp: true };
    const NONE = { imap: false, pop3: false, webmail: false, smtp: false };

    it('a mailbox logs in with its password everywhere, by its address in any case; a wrong password nowhere', async () => {
      expect(await access()).toEqual(ALL);
      expect(await imapLogin(mp.imapPort, 'Mario.Rossi@ACME-demo.it', PASSWORD)).toBe(true);
      expect(await access('mario-2025')).toEqual(NONE);
    });

    it('a password changed through the API is the one Dovecot checks at the next login', async () => {
      await updateMailbox(acme, ids.mailboxId['mario.rossi']!, { password: 'nuova-chiave-7' });
      expect(await access('nuova-chiave-7')).toEqual(ALL);
      expect(await access(PASSWORD)).toEqual(NONE);
      await updateMailbox(acme, ids.mailboxId['mario.rossi']!, { password: PASSWORD });
      expect(await access()).toEqual(ALL);
    });

    it('an imported MD5-CRYPT hash logs in as it did at the old provider', async () => {
      const { stdout } = await run('doveadm', ['pw', '-s', 'MD5-CRYPT', '-p', 'vecchia-pass-3']);
      await acme.ok(
        `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { id } }`,
        {
          input: {
            domainId: ids.domainId,
            localPart: 'importata',
            passwordHash: stdout.trim().replace('{MD5-CRYPT}', ''),
          },
        },
      );
      expect(await imapLogin(mp.imapPort, 'importata@acme-demo.it', 'vecchia-pass-3')).toBe(true);
      expect(await imapLogin(mp.imapPort, 'importata@acme-demo.it', 'vecchia-pass-4')).toBe(false);
    });

    it("each service follows the mailbox's switch and the domain's switch", async () => {
      const mario = ids.mailboxId['mario.rossi']!;
      for (const [service, key] of [
        ['imap', 'imap'],
        ['pop', 'pop3'],
        ['smtp', 'smtp'],
        ['webmail', 'webmail'],
      ] as const) {
        await updateMailbox(acme, mario, { services: { [service]: false } });
        expect(await access(), `mailbox ${service} off`).toEqual({ ...ALL, [key]: false });
        await updateMailbox(acme, mario, { services: { [service]: true } });
        await updateDomainSettings(acme, ids.domainId, { services: { [service]: false } });
        expect(await access(), `domain ${service} off`).toEqual({ ...ALL, [key]: false });
        await updateDomainSettings(acme, ids.domainId, { services: { [service]: true } });
      }
      expect(await access()).toEqual(ALL);
    });

    it("only the domain's allowed client networks reach IMAP, POP3 and SMTP; the webmail is not held to them", async () => {
      await updateDomainSettings(acme, ids.domainId, { allowedIps: ['127.0.0.2'] });
      expect(await imapLogin(mp.imapPort, MARIO, PASSWORD, '127.0.0.1')).toBe(false);
      expect(await pop3Login(mp.pop3Port, MARIO, PASSWORD, '127.0.0.1')).toBe(false);
      expect(await smtpAuth(mp.rendered.dovecotConf, MARIO, PASSWORD)).toBe(false);
      expect(await imapLogin(mp.imapPort, MARIO, PASSWORD, '127.0.0.2')).toBe(true);
      expect(await pop3Login(mp.pop3Port, MARIO, PASSWORD, '127.0.0.2')).toBe(true);
      expect(await imapLogin(mp.webmailPort, MARIO, PASSWORD, '127.0.0.1')).toBe(true);

      await updateDomainSettings(acme, ids.domainId, { allowedIps: ['192.0.2.7', '127.0.0.0/24'] });
      expect(await imapLogin(mp.imapPort, MARIO, PASSWORD, '127.0.0.1')).toBe(true);
      await updateDomainSettings(acme, ids.domainId, { allowedIps: [] });
      expect(await access()).toEqual(ALL);
    });

    it('a disabled mailbox is refused until it is enabled again', async () => {
      await updateMailbox(acme, ids.mailboxId['mario.rossi']!, { state: 'DISABLED' });
      expect(await access()).toEqual(NONE);
      await updateMailbox(acme, ids.mailboxId['mario.rossi']!, { state: 'ACTIVE' });
      expect(await access()).toEqual(ALL);
    });

    it('mailboxes of a disabled, suspended or unverified domain are refused', async () => {
      const reseller = await signedIn(mp.server.url, 'reseller');
      await changeDomainState(acme, ids.domainId, 'disableDomain');
      expect(await access(), 'disabled').toEqual(NONE);
      await changeDomainState(acme, ids.domainId, 'enableDomain');
      expect(await access()).toEqual(ALL);
      await changeDomainState(reseller, ids.domainId, 'suspendDomain');
      expect(await access(), 'suspended').toEqual(NONE);
      await changeDomainState(reseller, ids.domainId, 'reactivateDomain');
      expect(await access()).toEqual(ALL);
      // No operation takes a verified domain back to unverified: set it directly.
      const setState = (state: 'AWAITING_VERIFICATION' | 'ACTIVE') =>
        systemEm(mp.server.app.orm).nativeUpdate(DomainEntity, { id: ids.domainId }, { state });
      await setState('AWAITING_VERIFICATION');
      expect(await access(), 'unverified').toEqual(NONE);
      await setState('ACTIVE');
      expect(await access()).toEqual(ALL);
    });

    it('suspending the customer (or its reseller) through the API shuts its mailboxes out', async () => {
      const reseller = await signedIn(mp.server.url, 'reseller');
      const { me } = await acme.ok<{ me: { organisation: { id: string } } }>(
        `{ me { organisation { id } } }`,
      );
      const id = me.organisation.id;
      await reseller.ok(`mutation($id: ID!) { suspendOrganisation(id: $id) { id } }`, { id });
      expect(await access()).toEqual(NONE);
      await reseller.ok(`mutation($id: ID!) { reactivateOrganisation(id: $id) { id } }`, { id });
      expect(await access()).toEqual(ALL);
      acme = await signedIn(mp.server.url, 'acme');
    });

    it('an address on a domain alias is no login, whatever the password', async () => {
      expect(await imapLogin(mp.imapPort, 'mario.rossi@acme-demo.com', PASSWORD)).toBe(false);
      expect(await pop3Login(mp.pop3Port, 'mario.rossi@acme-demo.com', PASSWORD)).toBe(false);
    });

    it("the platform's master user logs in as any active mailbox, and as no other", async () => {
      const asMaster = (address: string, password = MASTER.password) =>
        imapLogin(mp.imapPort, `${address}*${MASTER.user}`, password);
      expect(await asMaster(MARIO)).toBe(true);
      expect(await asMaster(ANNA)).toBe(true);
      expect(await asMaster(MARIO, 'not-the-master-password')).toBe(false);
      expect(await asMaster('nobody@acme-demo.it')).toBe(false);
      await updateMailbox(acme, ids.mailboxId['anna.bianchi']!, { state: 'DISABLED' });
      expect(await asMaster(ANNA)).toBe(false);
      await updateMailbox(acme, ids.mailboxId['anna.bianchi']!, { state: 'ACTIVE' });
      // The master's name is no login of its own.
      expect(await imapLogin(mp.imapPort, MASTER.user, MASTER.password)).toBe(false);
    });
  },
);
