import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { acmeMail, type AcmeMail } from '../../test/mail-platform/acme-mail.js';
import { ImapSession } from '../../test/mail-platform/imap-session.js';
import { messageOf } from '../../test/mail-platform/mail-probes.js';
import {
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { skipWithoutDatabase, testDbKind } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from '../../modules/domains/domain.entity.js';
import { MailPurgeEntity } from './mail-purge.entity.js';

const runs = requireMailPlatform();
const exec = promisify(execFile);
const SERVER_DIR = path.resolve(import.meta.dirname, '../../..');

describe.skipIf(skipWithoutDatabase() || !runs)(
  'deleted mailboxes: their mail leaves the mail host',
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

    /** `platform:purge-mail` as an operator runs it, against the test server's database. */
    const purge = async (...args: string[]) => {
      const target = mp.server.app.orm.config;
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', DATA_DIR: '' };
      if (testDbKind() === 'sqlite') env.DATA_DIR = path.dirname(String(target.get('dbName')));
      else env.DATABASE_URL = target.getClientUrl();
      try {
        const r = await exec(
          process.execPath,
          [
            '--import',
            'tsx',
            'src/platform/mail/purge-mail.cli.ts',
            '--mail-root',
            mp.mailRoot,
            ...args,
          ],
          { cwd: SERVER_DIR, env },
        );
        return { code: 0, out: r.stdout, err: r.stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, out: e.stdout, err: e.stderr };
      }
    };

    /** Stores one message the way a client does, so Dovecot creates the mailbox's directory. */
    const deliver = async (address: string, password: string) => {
      const s = await ImapSession.open(mp.imapPort);
      try {
        expect((await s.login(address, password)).status).toBe('OK');
        expect((await s.append(messageOf(2000, `for ${address}`))).status).toBe('OK');
      } finally {
        await s.logout();
      }
    };
    const dirOf = (domain: string, localPart: string, id: string) =>
      path.join(mp.mailRoot, domain, `${localPart}.${id}`);
    const createMailbox = async (domainId: string, localPart: string) =>
      (
        await acme.ok<{ createMailbox: { id: string } }>(
          `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { id } }`,
          { input: { domainId, localPart, password: 'purge-me-2026' } },
        )
      ).createMailbox.id;
    const queued = () =>
      systemEm(mp.server.app.orm).find(MailPurgeEntity, {}, { orderBy: { id: 'asc' } });

    it('queues a deleted mailbox in the same transaction and removes its mail only after the grace period', async () => {
      const id = await createMailbox(ids.domainId, 'purge.one');
      await deliver('purge.one@acme-demo.it', 'purge-me-2026');
      await deliver('mario.rossi@acme-demo.it', 'mario-2026');
      const dir = dirOf('acme-demo.it', 'purge.one', id);
      const mario = dirOf('acme-demo.it', 'mario.rossi', ids.mailboxId['mario.rossi']!);
      expect(fs.existsSync(path.join(dir, 'Maildir'))).toBe(true);

      await acme.ok(`mutation { deleteMailbox(id: "${id}") }`);
      expect(await queued()).toMatchObject([
        {
          mailDir: `acme-demo.it/purge.one.${id}`,
          address: 'purge.one@acme-demo.it',
          purgedAt: null,
        },
      ]);

      // Inside the grace period (7 days by default) nothing goes.
      const early = await purge();
      expect(early.code).toBe(0);
      expect(early.out).toMatch(/0 done, 0 failed, 1 within the 7-day grace period/);
      expect(fs.existsSync(dir)).toBe(true);

      const dry = await purge('--grace-days', '0', '--dry-run');
      expect(dry.out).toContain(
        `would purge: acme-demo.it/purge.one.${id} (purge.one@acme-demo.it`,
      );
      expect(dry.out).toMatch(/nothing removed/);
      expect(fs.existsSync(dir)).toBe(true);

      const due = await purge('--grace-days', '0');
      expect(due.code).toBe(0);
      expect(due.out).toContain(`purged: acme-demo.it/purge.one.${id}`);
      expect(fs.existsSync(dir)).toBe(false);
      // Everyone else's mail is where it was.
      expect(
        fs.readdirSync(path.join(mario, 'Maildir', 'cur')).length +
          fs.readdirSync(path.join(mario, 'Maildir', 'new')).length,
      ).toBeGreaterThan(0);
      expect((await queued())[0]!.purgedAt).toBeInstanceOf(Date);

      // Done is done: a second run has nothing to do.
      expect((await purge('--grace-days', '0')).out).toMatch(/0 done, 0 failed, 0 within/);
    });

    it('deleting a domain queues all its mailboxes, the postmaster too, and the domain folder goes with them', async () => {
      const created = await acme.ok<{ createDomain: { id: string } }>(
        `mutation { createDomain(input: { name: "purge-demo.example", postmasterPassword: "postmaster-1" }) { id } }`,
      );
      const domainId = created.createDomain.id;
      await mp.server.app.jobs.runDue();
      // Verified out of band: this suite is about mail on disk.
      await systemEm(mp.server.app.orm).nativeUpdate(
        DomainEntity,
        { id: domainId },
        { state: 'ACTIVE', verifiedAt: new Date(), verifiedBy: 'DNS' },
      );
      await createMailbox(domainId, 'sales');
      await deliver('sales@purge-demo.example', 'purge-me-2026');
      await deliver('postmaster@purge-demo.example', 'postmaster-1');
      expect(fs.readdirSync(path.join(mp.mailRoot, 'purge-demo.example'))).toHaveLength(2);

      await acme.ok(`mutation { deleteDomain(id: "${domainId}") }`);
      const rows = (await queued()).filter((r) => r.mailDir.startsWith('purge-demo.example/'));
      expect(rows.map((r) => r.address).sort()).toEqual([
        'postmaster@purge-demo.example',
        'sales@purge-demo.example',
      ]);

      const r = await purge('--grace-days', '0');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/2 done, 0 failed/);
      expect(fs.existsSync(path.join(mp.mailRoot, 'purge-demo.example'))).toBe(false);
      expect(fs.existsSync(path.join(mp.mailRoot, 'acme-demo.it'))).toBe(true);
    });

    it('refuses a queued path that climbs out of the mail root or is a link, and keeps it queued with the reason', async () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'casella-outside-'));
      fs.writeFileSync(path.join(outside, 'precious'), 'keep me');
      fs.symlinkSync(outside, path.join(mp.mailRoot, 'acme-demo.it', 'linked.x'));
      const em = systemEm(mp.server.app.orm);
      for (const mailDir of ['../outside', 'acme-demo.it/../../x', 'acme-demo.it/linked.x'])
        em.create(MailPurgeEntity, { mailDir, address: 'x@acme-demo.it', deletedAt: new Date(0) });
      await em.flush();

      const r = await purge('--grace-days', '0');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/not removed: \.\.\/outside .*not a mailbox directory path/);
      expect(r.err).toMatch(/not removed: acme-demo\.it\/linked\.x .*not a directory/);
      expect(r.out).toMatch(/0 done, 3 failed/);
      expect(fs.readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('keep me');
      expect(
        fs.lstatSync(path.join(mp.mailRoot, 'acme-demo.it', 'linked.x')).isSymbolicLink(),
      ).toBe(true);
      const left = (await queued()).filter((q) => q.address === 'x@acme-demo.it');
      expect(left.map((q) => [q.purgedAt, Boolean(q.lastError)])).toEqual([
        [null, true],
        [null, true],
        [null, true],
      ]);
      fs.rmSync(outside, { recursive: true });
    });

    it('says clearly when the mail root is wrong, and touches nothing', async () => {
      const r = await purge('--mail-root', '/nonexistent/vmail', '--grace-days', '0');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/the mail root \/nonexistent\/vmail is not a directory/);
      const bad = await purge('--grace-days', 'soon');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/--grace-days must be a number of days/);
    });
  },
);
