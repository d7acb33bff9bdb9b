import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { acmeMail, updateMailbox, type AcmeMail } from '../../test/mail-platform/acme-mail.js';
import { ImapSession } from '../../test/mail-platform/imap-session.js';
import { messageOf } from '../../test/mail-platform/mail-probes.js';
import {
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { skipWithoutDatabase } from '../../test/test-server.js';

const MB = 1024 * 1024;
const runs = requireMailPlatform();

interface Usage {
  bytes: number;
  messages: number;
  reportedAt: string;
}

describe.skipIf(skipWithoutDatabase() || !runs)(
  'quotas Dovecot enforces, usage it reports back',
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

    const session = async (user: string, password: string): Promise<ImapSession> => {
      const s = await ImapSession.open(mp.imapPort);
      const r = await s.login(user, password);
      if (r.status !== 'OK') throw new Error(`login as ${user}: ${r.text}`);
      return s;
    };
    const usageOf = async (id: string): Promise<Usage | null> =>
      (
        await acme.ok<{ mailbox: { usage: Usage | null } }>(
          `query($id: ID!) { mailbox(id: $id) { usage { bytes messages reportedAt } } }`,
          { id },
        )
      ).mailbox.usage;
    /** Dovecot reports as mail is stored; give it a moment. */
    const usageWhen = async (id: string, messages: number): Promise<Usage> => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const usage = await usageOf(id);
        if (usage?.messages === messages) return usage;
        if (Date.now() > deadline)
          throw new Error(`usage never showed ${messages} messages: ${JSON.stringify(usage)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    it("the postmaster's 50 MB are enforced: a message past them is refused", async () => {
      const s = await session('postmaster@acme-demo.it', 'postmaster-2026');
      try {
        expect(await s.storageQuota()).toEqual({ usedKb: 0, limitKb: 50 * 1024 });
        expect((await s.append(messageOf(30 * MB))).status).toBe('OK');
        const refused = await s.append(messageOf(30 * MB));
        expect(refused.status).toBe('NO');
        expect(refused.text).toMatch(/OVERQUOTA|quota/i);
        expect((await s.append(messageOf(5 * MB))).status).toBe('OK');
      } finally {
        await s.logout();
      }
    });

    it('a quota changed through the API is the one Dovecot enforces at the next login', async () => {
      const limit = async () => {
        const s = await session('anna.bianchi@acme-demo.it', 'anna-2026');
        try {
          return (await s.storageQuota()).limitKb;
        } finally {
          await s.logout();
        }
      };
      expect(await limit()).toBe(1024 * 1024);
      await updateMailbox(acme, ids.mailboxId['anna.bianchi']!, { quotaGb: 3 });
      expect(await limit()).toBe(3 * 1024 * 1024);
    });

    it('messages stored over IMAP show up as the mailbox usage, for the panel and the owner', async () => {
      const mario = ids.mailboxId['mario.rossi']!;
      expect(await usageOf(mario)).toBeNull();
      const before = Date.now();
      const s = await session('mario.rossi@acme-demo.it', 'mario-2026');
      const sizes = [10_000, 250_000, 1_200_000];
      try {
        for (const size of sizes) expect((await s.append(messageOf(size))).status).toBe('OK');
      } finally {
        await s.logout();
      }
      const usage = await usageWhen(mario, 3);
      const stored = sizes.map((n) => messageOf(n).length).reduce((a, b) => a + b);
      expect(usage.bytes).toBe(stored);
      expect(new Date(usage.reportedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(new Date(usage.reportedAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);

      const owner = new TestClient(mp.server.url);
      await owner.login('mario.rossi@acme-demo.it', 'mario-2026');
      const mine = await owner.ok<{ myMailbox: { usage: Usage } }>(
        `{ myMailbox { usage { bytes messages reportedAt } } }`,
      );
      expect(mine.myMailbox.usage).toEqual(usage);

      // The domain's list carries every mailbox's usage: Mario's, and null for the others.
      const page = await acme.ok<{
        mailboxes: { edges: { node: { localPart: string; usage: Usage | null } }[] };
      }>(
        `query($d: ID!) { mailboxes(domainId: $d, first: 50) { edges { node { localPart usage { messages } } } } }`,
        { d: ids.domainId },
      );
      const byLocal = Object.fromEntries(
        page.mailboxes.edges.map((e) => [e.node.localPart, e.node]),
      );
      expect(byLocal['mario.rossi']!.usage).toEqual({ messages: 3 });
      expect(byLocal['magazzino']!.usage).toBeNull();
    });

    it('a deleted mailbox takes its usage and its mail with it: a new one at the same address starts empty', async () => {
      const create = () =>
        acme.ok<{ createMailbox: { id: string } }>(
          `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { id } }`,
          { input: { domainId: ids.domainId, localPart: 'temporanea', password: 'temporanea-1' } },
        );
      const first = (await create()).createMailbox.id;
      const s = await session('temporanea@acme-demo.it', 'temporanea-1');
      await s.append(messageOf(5000));
      await s.logout();
      await usageWhen(first, 1);
      await acme.ok(`mutation($id: ID!) { deleteMailbox(id: $id) }`, { id: first });
      const second = (await create()).createMailbox.id;
      expect(await usageOf(second)).toBeNull();
      // Dovecot counts what is on disk: the old owner's message is not in the new mailbox
      const fresh = await session('temporanea@acme-demo.it', 'temporanea-1');
      try {
        expect(await fresh.messageQuota()).toEqual({ used: 0, limit: expect.any(Number) });
        const inbox = await fresh.command('SELECT INBOX');
        expect(inbox.untagged).toContain('* 0 EXISTS');
      } finally {
        await fresh.logout();
      }
    });
  },
);
