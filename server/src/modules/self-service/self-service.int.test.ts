import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from '../domains/domain.entity.js';

describe.skipIf(skipWithoutDatabase())(
  'mailbox owners and postmasters sign in and serve themselves',
  () => {
    let server: TestServer;
    let acme: TestClient;
    let domainId: string;
    let mailboxId: string;
    beforeAll(async () => {
      server = await startTestServer();
      acme = await signedIn(server.url, 'acme');
      domainId = (
        await acme.ok<{ createDomain: { id: string } }>(
          `mutation { createDomain(input: { name: "cbsolt.example", postmasterPassword: "postmaster-1" }) { id } }`,
        )
      ).createDomain.id;
      await server.app.jobs.runDue();
      await systemEm(server.app.orm).nativeUpdate(
        DomainEntity,
        { id: domainId },
        { state: 'ACTIVE' },
      );
      mailboxId = (
        await acme.ok<{ createMailbox: { id: string } }>(
          `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "mario.rossi", password: "pluto123", quotaGb: 1 }) { id } }`,
        )
      ).createMailbox.id;
      await acme.ok(
        `mutation { createDomainAlias(input: { domainId: "${domainId}", name: "cbsolt-alias.example" }) { id } }`,
      );
    });
    afterAll(async () => server?.destroy());

    const me = `{ me { kind login name role permissions organisation { name } } }`;

    it('signs in as in the guide: user + domain, or the full address, in any case', async () => {
      const a = new TestClient(server.url);
      expect(
        (
          await a.gql(
            `mutation { login(input: { login: "Mario.Rossi", domain: "CBSOLT.example", password: "pluto123" }) { csrfToken } }`,
          )
        ).errors,
      ).toBeUndefined();
      expect((await a.ok<{ me: unknown }>(me)).me).toEqual({
        kind: 'MAILBOX',
        login: 'mario.rossi@cbsolt.example',
        name: 'mario.rossi@cbsolt.example',
        role: 'MEMBER',
        permissions: [],
        organisation: { name: 'Acme S.r.l.' },
      });
      const b = new TestClient(server.url);
      expect((await b.login('mario.rossi@cbsolt.example', 'pluto123')).errors).toBeUndefined();
      expect(
        codeOf(await new TestClient(server.url).login('mario.rossi@cbsolt.example', 'wrong-1234')),
      ).toBe('UNAUTHENTICATED');
    });

    it('a domain-alias address is not a login', async () => {
      expect(
        codeOf(
          await new TestClient(server.url).login('mario.rossi@cbsolt-alias.example', 'pluto123'),
        ),
      ).toBe('UNAUTHENTICATED');
    });

    it('the owner sees its mailbox, changes its password, forwards and autoresponder, and nothing else', async () => {
      const owner = new TestClient(server.url);
      await owner.login('mario.rossi@cbsolt.example', 'pluto123');
      const mine = await owner.ok<{ myMailbox: { address: string; quotaMb: number } }>(
        `{ myMailbox { address quotaMb } }`,
      );
      expect(mine.myMailbox).toEqual({ address: 'mario.rossi@cbsolt.example', quotaMb: 1024 });
      const upd = await owner.ok<{
        updateMyMailbox: {
          forwards: string[];
          autoresponder: { enabled: boolean; subject: string; endsAt: string };
        };
      }>(
        `mutation { updateMyMailbox(input: { forwards: ["mario@home.example"], keepCopy: true, autoresponder: { enabled: true, subject: "In ferie", body: "Torno lunedì.", startsAt: "2026-12-20T00:00:00Z", endsAt: "2027-01-07T00:00:00Z" } }) { forwards autoresponder { enabled subject endsAt } } }`,
      );
      expect(upd.updateMyMailbox).toEqual({
        forwards: ['mario@home.example'],
        autoresponder: { enabled: true, subject: 'In ferie', endsAt: '2027-01-07T00:00:00.000Z' },
      });
      const badDates = await owner.gql(
        `mutation { updateMyMailbox(input: { autoresponder: { enabled: true, body: "x", startsAt: "2027-01-07T00:00:00Z", endsAt: "2026-12-20T00:00:00Z" } }) { id } }`,
      );
      expect(badDates.errors![0]!.extensions!.fields![0]).toMatchObject({
        field: 'autoresponder.endsAt',
        code: 'INVALID_VALUE',
      });
      // Nothing else: no lists, no other mailboxes, not even its own domain's.
      expect(codeOf(await owner.gql(`{ mailbox(id: "${mailboxId}") { id } }`))).toBe('NOT_FOUND');
      expect(codeOf(await owner.gql(`{ mailboxes(domainId: "${domainId}") { totalCount } }`))).toBe(
        'NOT_FOUND',
      );
      expect(
        codeOf(
          await owner.gql(
            `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "x", password: "xxxxxxx1" }) { id } }`,
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await owner.gql(`{ users { totalCount } }`))).toBe('FORBIDDEN');
      expect(
        (await owner.ok<{ customers: { totalCount: number } }>(`{ customers { totalCount } }`))
          .customers.totalCount,
      ).toBe(0);
      const wrong = await owner.gql(
        `mutation { updateMyMailbox(input: { currentPassword: "nope", newPassword: "pluto-nuovo-1" }) { id } }`,
      );
      expect(wrong.errors![0]!.extensions!.fields![0]).toMatchObject({
        field: 'currentPassword',
        code: 'MISMATCH',
      });
      await owner.ok(
        `mutation { updateMyMailbox(input: { currentPassword: "pluto123", newPassword: "pluto-nuovo-1" }) { id } }`,
      );
      expect(
        codeOf(await new TestClient(server.url).login('mario.rossi@cbsolt.example', 'pluto123')),
      ).toBe('UNAUTHENTICATED');
      expect(
        (await new TestClient(server.url).login('mario.rossi@cbsolt.example', 'pluto-nuovo-1'))
          .errors,
      ).toBeUndefined();
    });

    it('the postmaster manages its domain only and sees the remaining allowance', async () => {
      const pm = new TestClient(server.url);
      await pm.login('postmaster', 'postmaster-1').then(() => undefined);
      expect(
        codeOf(
          await new TestClient(server.url).gql(
            `mutation { login(input: { login: "postmaster", password: "postmaster-1" }) { csrfToken } }`,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
      const postmaster = new TestClient(server.url);
      await postmaster.gql(
        `mutation { login(input: { login: "postmaster", domain: "cbsolt.example", password: "postmaster-1" }) { csrfToken } }`,
      );
      const who = await postmaster.ok<{ me: { kind: string; permissions: string[] } }>(
        `{ me { kind permissions } }`,
      );
      expect(who.me.kind).toBe('POSTMASTER');
      const list = await postmaster.ok<{
        domains: { edges: { node: { name: string; remainingMailboxes: number | null } }[] };
      }>(`{ domains { edges { node { name remainingMailboxes } } } }`);
      expect(list.domains.edges.map((e) => e.node.name)).toEqual(['cbsolt.example']);
      const created = await postmaster.ok<{ createMailbox: { address: string } }>(
        `mutation { createMailbox(input: { domainId: "${domainId}", localPart: "anna", password: "anna-pass-1" }) { address } }`,
      );
      expect(created.createMailbox.address).toBe('anna@cbsolt.example');
      const other = (
        await acme.ok<{ createDomain: { id: string } }>(
          `mutation { createDomain(input: { name: "other-acme.example", postmasterPassword: "postmaster-1" }) { id } }`,
        )
      ).createDomain.id;
      expect(codeOf(await postmaster.gql(`{ domain(id: "${other}") { id } }`))).toBe('NOT_FOUND');
      expect(
        codeOf(
          await postmaster.gql(
            `mutation { createDomain(input: { name: "pm-made.example", postmasterPassword: "postmaster-1" }) { id } }`,
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await postmaster.gql(`mutation { deleteDomain(id: "${domainId}") }`))).toBe(
        'FORBIDDEN',
      );
    });

    it('a disabled mailbox is signed out and cannot sign in; panel users have no own mailbox', async () => {
      const owner = new TestClient(server.url);
      await owner.login('mario.rossi@cbsolt.example', 'pluto-nuovo-1');
      await acme.ok(
        `mutation { updateMailbox(id: "${mailboxId}", input: { state: DISABLED }) { id } }`,
      );
      expect(codeOf(await owner.gql(`{ myMailbox { id } }`))).toBe('UNAUTHENTICATED');
      const again = await new TestClient(server.url).login(
        'mario.rossi@cbsolt.example',
        'pluto-nuovo-1',
      );
      expect(again.errors![0]!.message).toMatch(/disabled/);
      expect(codeOf(await acme.gql(`{ myMailbox { id } }`))).toBe('FORBIDDEN');
    });
  },
);

describe.skipIf(skipWithoutDatabase())('client settings', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      MAIL_IMAP_HOST: 'imap.mail.example',
      MAIL_POP_HOST: 'pop.mail.example',
      MAIL_SMTP_HOST: 'smtp.mail.example',
    });
  });
  afterAll(async () => server?.destroy());

  it('shows POP 995, IMAP 993, SMTP 587 host names and the address as login, with services switched off shown', async () => {
    const owner = new TestClient(server.url);
    await owner.login('anna.bianchi@acme-demo.it', 'anna-2026');
    const mine = await owner.ok<{ clientSettings: Record<string, unknown> }>(
      `{ clientSettings { login imap { host port security enabled } pop { host port security enabled } smtp { host port security enabled } } }`,
    );
    expect(mine.clientSettings).toEqual({
      login: 'anna.bianchi@acme-demo.it',
      imap: { host: 'imap.mail.example', port: 993, security: 'TLS', enabled: true },
      pop: { host: 'pop.mail.example', port: 995, security: 'TLS', enabled: true },
      smtp: { host: 'smtp.mail.example', port: 587, security: 'STARTTLS', enabled: true },
    });
    const acme = await signedIn(server.url, 'acme');
    const domain = (
      await acme.ok<{ domains: { edges: { node: { id: string } }[] } }>(
        `{ domains { edges { node { id } } } }`,
      )
    ).domains.edges[0]!.node.id;
    await acme.ok(
      `mutation { updateDomainSettings(id: "${domain}", input: { services: { pop: false } }) { id } }`,
    );
    const mailboxes = await acme.ok<{
      mailboxes: { edges: { node: { id: string; localPart: string } }[] };
    }>(`{ mailboxes(domainId: "${domain}") { edges { node { id localPart } } } }`);
    const anna = mailboxes.mailboxes.edges.find((e) => e.node.localPart === 'anna.bianchi')!.node
      .id;
    const byAdmin = await acme.ok<{ clientSettings: { pop: { enabled: boolean } } }>(
      `{ clientSettings(mailboxId: "${anna}") { pop { enabled } } }`,
    );
    expect(byAdmin.clientSettings.pop.enabled).toBe(false);
  });
});
