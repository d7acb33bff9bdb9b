import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { acmeMail, updateMailbox, type AcmeMail } from '../../test/mail-platform/acme-mail.js';
import { ImapSession, imapLogin } from '../../test/mail-platform/imap-session.js';
import {
  lmtpDeliver,
  messageOf,
  pop3Login,
  smtpAuth,
} from '../../test/mail-platform/mail-probes.js';
import {
  requireMailPlatform,
  startMailPlatform,
  type MailPlatform,
} from '../../test/mail-platform/mail-platform-env.js';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp/smtp-receiver.js';
import { skipWithoutDatabase } from '../../test/test-server.js';

const runs = requireMailPlatform();

describe.skipIf(skipWithoutDatabase() || !runs)(
  'the configuration rendered for production: TLS, and Postfix handing mail and logins to Dovecot',
  () => {
    let mp: MailPlatform;
    let acme: TestClient;
    let ids: AcmeMail;
    let smtp: SmtpReceiver;
    beforeAll(async () => {
      smtp = await startSmtpReceiver();
      mp = await startMailPlatform({ production: true, submissionHost: `127.0.0.1:${smtp.port}` });
      acme = await signedIn(mp.server.url, 'acme');
      ids = await acmeMail(acme);
    });
    afterAll(async () => {
      await mp?.stop();
      await smtp?.close();
    });

    it('IMAPS and POP3S log in; a plaintext password from another host needs TLS first', async () => {
      const mario = ['mario.rossi@acme-demo.it', 'mario-2026'] as const;
      expect(await imapLogin({ port: mp.imapsPort, tls: true }, ...mario)).toBe(true);
      expect(await pop3Login({ port: mp.pop3sPort, tls: true }, ...mario)).toBe(true);
      // 127.0.0.2 is not this host's listening address: no plaintext login without TLS.
      expect(await imapLogin({ port: mp.imapPort, localAddress: '127.0.0.2' }, ...mario)).toBe(
        false,
      );
    });

    it("Postfix's SMTP AUTH socket answers for the smtp service under the mailbox's switch", async () => {
      const socket = path.join(mp.postfixSpool!, 'private', 'auth');
      const conf = mp.rendered.dovecotConf;
      expect(await smtpAuth(conf, 'anna.bianchi@acme-demo.it', 'anna-2026', socket)).toBe(true);
      await updateMailbox(acme, ids.mailboxId['anna.bianchi']!, { services: { smtp: false } });
      expect(await smtpAuth(conf, 'anna.bianchi@acme-demo.it', 'anna-2026', socket)).toBe(false);
      await updateMailbox(acme, ids.mailboxId['anna.bianchi']!, { services: { smtp: true } });
    });

    it('delivery over LMTP lands in the mailbox; a disabled mailbox takes none', async () => {
      const lmtp = path.join(mp.postfixSpool!, 'private', 'dovecot-lmtp');
      await updateMailbox(acme, ids.mailboxId['magazzino']!, { state: 'DISABLED' });
      const result = await lmtpDeliver(
        lmtp,
        ['mario.rossi@acme-demo.it', 'magazzino@acme-demo.it'],
        messageOf(2000, 'Consegna'),
      );
      expect(result.rcpt[0]).toMatch(/^250 /);
      expect(result.rcpt[1]).toMatch(/^550 /);
      expect(result.data).toHaveLength(1);
      expect(result.data[0]).toMatch(/^250 /);
      await updateMailbox(acme, ids.mailboxId['magazzino']!, { state: 'ACTIVE' });

      const s = await ImapSession.open({ port: mp.imapsPort, tls: true });
      try {
        expect((await s.login('mario.rossi@acme-demo.it', 'mario-2026')).status).toBe('OK');
        const select = await s.command('SELECT INBOX');
        expect(select.untagged).toContain('* 1 EXISTS');
      } finally {
        await s.logout();
      }
    });

    it('the automatic reply set in the panel answers at delivery: once per sender, only inside its dates', async () => {
      const lmtp = path.join(mp.postfixSpool!, 'private', 'dovecot-lmtp');
      const anna = ids.mailboxId['anna.bianchi']!;
      const deliver = (sender: string) =>
        lmtpDeliver(lmtp, ['anna.bianchi@acme-demo.it'], messageOf(1000, 'Preventivo'), sender);
      const repliesTo = (sender: string) => smtp.received.filter((m) => m.to.includes(sender));
      const replyTo = async (sender: string) => {
        const deadline = Date.now() + 10_000;
        while (repliesTo(sender).length === 0) {
          if (Date.now() > deadline) throw new Error(`no automatic reply reached ${sender}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        return repliesTo(sender)[0]!;
      };
      const body =
        'Sono in ferie fino al 10 gennaio.\n.Questa riga comincia con un punto.\nPer urgenze: "ufficio"';
      await updateMailbox(acme, anna, {
        autoresponder: { enabled: true, subject: 'Fuori sede "gennaio"', body },
      });

      expect((await deliver('cliente@example.org')).data[0]).toMatch(/^250 /);
      const reply = await replyTo('cliente@example.org');
      expect(reply.subject).toBe('Fuori sede "gennaio"');
      expect(reply.text.trim()).toBe(body);
      expect(reply.headers['auto-submitted']).toMatch(/auto-replied/);
      // the same sender again the same day: delivered, not answered twice
      expect((await deliver('cliente@example.org')).data[0]).toMatch(/^250 /);
      await deliver('altro@example.org');
      await replyTo('altro@example.org');
      expect(repliesTo('cliente@example.org')).toHaveLength(1);

      // Outside its dates it stays silent (the mail still arrives).
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      await updateMailbox(acme, anna, {
        autoresponder: { enabled: true, subject: 'Fuori sede', body, startsAt: tomorrow },
      });
      expect((await deliver('futuro@example.org')).data[0]).toMatch(/^250 /);
      // Switched off: silent too. Replies leave during delivery, so one would be here by now.
      await updateMailbox(acme, anna, { autoresponder: { enabled: false } });
      await deliver('spento@example.org');
      await updateMailbox(acme, anna, { autoresponder: { enabled: true, body } });
      await deliver('acceso@example.org');
      await replyTo('acceso@example.org');
      expect(repliesTo('futuro@example.org')).toHaveLength(0);
      expect(repliesTo('spento@example.org')).toHaveLength(0);
    });
  },
);
