import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { signedIn } from '../../test/demo.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../db/orm.js';
import { OutboxEventEntity } from './outbox-event.entity.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP receiver on loopback that can be told to refuse mail. */
const startSmtp = async () => {
  const received: Received[] = [];
  const state = { refuse: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, cb) {
      if (state.refuse)
        cb(Object.assign(new Error('mailbox unavailable, try later'), { responseCode: 451 }));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, state, port, close: () => new Promise<void>((r) => server.close(() => r())) };
};

describe.skipIf(skipWithoutDatabase())('transactional outbox and e-mail', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let server: TestServer;
  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  });
  afterAll(async () => {
    await server?.destroy();
    await smtp?.close();
  });

  const createCustomer = async (name: string, login: string) => {
    const reseller = await signedIn(server.url, 'reseller');
    await reseller.ok(
      `mutation { createCustomer(input: { name: "${name}", contactEmail: "boss@${login}.example", language: en, admin: { login: "${login}", password: "${login}-pass-1" } }) { id } }`,
    );
  };

  it('delivers the event through a real SMTP server', async () => {
    await createCustomer('Mail One', 'mail-one');
    await server.app.outbox.drain();
    const mail = smtp.received.find((m) => m.to.includes('boss@mail-one.example'));
    expect(mail?.raw).toMatch(/Subject: Welcome to Rivendita Demo/);
    expect(mail?.raw).toMatch(/From: "?Rivendita Demo"? <no-reply@casella\.local>/);
  });

  it('keeps an undelivered event across a restart and retries it with back-off', async () => {
    smtp.state.refuse = true;
    await createCustomer('Mail Two', 'mail-two');
    await server.app.outbox.drain();
    const em = systemEm(server.app.orm);
    const pending = await em.find(OutboxEventEntity, { deliveredAt: null });
    expect(pending).toHaveLength(1);
    expect(pending[0]!.attempts).toBe(1);
    expect(pending[0]!.lastError).toMatch(/451/);
    expect(pending[0]!.availableAt.getTime()).toBeGreaterThan(Date.now() + 2000);
    // The process dies; the event is still in the database when it comes back.
    server = await server.restart({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    smtp.state.refuse = false;
    await systemEm(server.app.orm).nativeUpdate(
      OutboxEventEntity,
      { deliveredAt: null },
      { availableAt: new Date() },
    );
    await server.app.outbox.drain();
    expect(smtp.received.some((m) => m.to.includes('boss@mail-two.example'))).toBe(true);
    expect(await systemEm(server.app.orm).count(OutboxEventEntity, { deliveredAt: null })).toBe(0);
  });

  it('writes nothing when the change itself fails', async () => {
    const before = await systemEm(server.app.orm).count(OutboxEventEntity, {});
    const reseller = await signedIn(server.url, 'reseller');
    const r = await reseller.gql(
      `mutation { createCustomer(input: { name: "Dup", contactEmail: "d@d.example", admin: { login: "acme", password: "dup-pass-123" } }) { id } }`,
    );
    expect(r.errors).toBeDefined();
    expect(await systemEm(server.app.orm).count(OutboxEventEntity, {})).toBe(before);
  });
});
