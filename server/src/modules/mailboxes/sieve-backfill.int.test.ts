import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemEm } from '../../infra/db/orm.js';
import { signedIn } from '../../test/demo.js';
import { acmeMail, updateMailbox } from '../../test/mail-platform/acme-mail.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { MailboxEntity } from './mailbox.entity.js';
import { backfillSieveScripts } from './sieve-backfill.js';

describe.skipIf(skipWithoutDatabase())('automatic replies saved before Sieve', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.destroy());

  const scriptOf = async (address: string): Promise<string | null> => {
    const rows = await systemEm(server.app.orm)
      .getConnection()
      .execute<{ script: string }[]>(`SELECT script FROM mail_sieve WHERE address = ?`, [address]);
    return rows[0]?.script ?? null;
  };

  it('get their script at start, so Dovecot answers for them without anyone saving them again', async () => {
    const acme = await signedIn(server.url, 'acme');
    const ids = await acmeMail(acme);
    const mario = ids.mailboxId['mario.rossi']!;
    await updateMailbox(acme, mario, {
      autoresponder: { enabled: true, subject: 'Ferie', body: 'Torno lunedì.' },
    });
    const written = await scriptOf('mario.rossi@acme-demo.it');
    expect(written).toContain('Torno lunedì.');
    // as a row saved by a version without scripts looks
    await systemEm(server.app.orm).nativeUpdate(
      MailboxEntity,
      { id: mario },
      { sieveScript: null, sieveScriptId: null },
    );
    expect(await scriptOf('mario.rossi@acme-demo.it')).toBeNull();

    expect(await backfillSieveScripts(systemEm(server.app.orm))).toBe(1);
    expect(await scriptOf('mario.rossi@acme-demo.it')).toBe(written);
    // nothing left to do the next time
    expect(await backfillSieveScripts(systemEm(server.app.orm))).toBe(0);
  });
});
