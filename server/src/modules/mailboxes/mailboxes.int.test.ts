import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, signedIn } from '../../test/demo.js';
import type { TestClient } from '../../test/graphql-client.js';
import { skipWithoutDatabase, startTestServer, type TestServer } from '../../test/test-server.js';
import { systemEm } from '../../infra/db/orm.js';
import { DomainEntity } from '../domains/domain.entity.js';
import { MailboxEntity } from './mailbox.entity.js';

const FIELDS = `id address localPart firstName lastName quotaMb isPostmaster state forwards keepCopy services { pop imap smtp webmail }`;
type Mailbox = {
  id: string;
  address: string;
  quotaMb: number;
  isPostmaster: boolean;
  state: string;
  forwards: string[];
  keepCopy: boolean;
  services: Record<string, boolean>;
};

describe.skipIf(skipWithoutDatabase())('mailboxes', () => {
  let server: TestServer;
  let acme: TestClient;
  let domainId: string;
  let pendingDomainId: string;
  beforeAll(async () => {
    server = await startTestServer();
    acme = await signedIn(server.url, 'acme');
    const make = async (name: string) =>
      (
        await acme.ok<{ createDomain: { id: string } }>(
          `mutation { createDomain(input: { name: "${name}", postmasterPassword: "postmaster-1" }) { id } }`,
        )
      ).createDomain.id;
    domainId = await make('acme-mail.example');
    pendingDomainId = await make('acme-pending.example');
    await server.app.jobs.runDue();
    // Verified out of band: this suite is about mailboxes.
    await systemEm(server.app.orm).nativeUpdate(
      DomainEntity,
      { id: domainId },
      { state: 'ACTIVE', verifiedAt: new Date(), verifiedBy: 'DNS' },
    );
  });
  afterAll(async () => server?.destroy());

  const create = (input: Record<string, unknown>, client = acme, domain = domainId) =>
    client.gql<{ createMailbox: Mailbox }>(
      `mutation($input: CreateMailboxInput!) { createMailbox(input: $input) { ${FIELDS} } }`,
      { input: { domainId: domain, ...input } },
    );

  it('every domain has its postmaster mailbox: 50 MB, not deletable, quota fixed', async () => {
    const list = await acme.ok<{ mailboxes: { edges: { node: Mailbox }[] } }>(
      `{ mailboxes(domainId: "${domainId}") { edges { node { ${FIELDS} } } } }`,
    );
    const pm = list.mailboxes.edges.map((e) => e.node).find((m) => m.isPostmaster)!;
    expect(pm).toMatchObject({
      address: 'postmaster@acme-mail.example',
      quotaMb: 50,
      state: 'ACTIVE',
    });
    expect(codeOf(await acme.gql(`mutation { deleteMailbox(id: "${pm.id}") }`))).toBe('FORBIDDEN');
    const q = await acme.gql(
      `mutation { updateMailbox(id: "${pm.id}", input: { quotaGb: 2 }) { id } }`,
    );
    expect(q.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'quotaGb',
      code: 'NOT_ALLOWED',
    });
  });

  it('creates a mailbox with a forward; the password is stored as a Dovecot SHA512-CRYPT hash and never returned', async () => {
    const r = await create({
      localPart: 'Mario.Rossi',
      password: 'pluto1234',
      firstName: 'Mario',
      lastName: 'Rossi',
      quotaGb: 2,
      forwards: ['mario@old.example'],
      keepCopy: true,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createMailbox).toMatchObject({
      address: 'mario.rossi@acme-mail.example',
      quotaMb: 2048,
      forwards: ['mario@old.example'],
      keepCopy: true,
      services: { pop: true, imap: true, smtp: true, webmail: true },
    });
    expect(JSON.stringify(r)).not.toMatch(/SHA512|\$6\$|pluto/);
    const row = await systemEm(server.app.orm).findOneOrFail(MailboxEntity, {
      address: 'mario.rossi@acme-mail.example',
    });
    expect(row.passwordHash).toMatch(/^\{SHA512-CRYPT\}\$6\$/);
    if (fs.existsSync('/usr/bin/doveadm')) {
      expect(
        execFileSync('/usr/bin/doveadm', [
          'pw',
          '-t',
          row.passwordHash,
          '-p',
          'pluto1234',
        ]).toString(),
      ).toMatch(/verified/);
    }
  });

  it('defaults to 8 GB; 16 and 25 GB are for resellers; other sizes are refused', async () => {
    expect(
      (await create({ localPart: 'default', password: 'default-1' })).data!.createMailbox.quotaMb,
    ).toBe(8192);
    const big = await create({ localPart: 'big', password: 'big-pass-1', quotaGb: 16 });
    expect(big.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'quotaGb',
      code: 'NOT_ALLOWED',
    });
    const odd = await create({ localPart: 'odd', password: 'odd-pass-1', quotaGb: 9 });
    expect(odd.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'quotaGb',
      code: 'INVALID_VALUE',
    });
    const reseller = await signedIn(server.url, 'reseller');
    expect(
      (await create({ localPart: 'big', password: 'big-pass-1', quotaGb: 25 }, reseller)).data!
        .createMailbox.quotaMb,
    ).toBe(25 * 1024);
  });

  it('accepts $1$ and $6$ hashes instead of a password, and refuses other hashes', async () => {
    const md5 = await create({
      localPart: 'imported',
      passwordHash: '{MD5-CRYPT}$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/',
    });
    expect(md5.errors).toBeUndefined();
    const bcrypt = await create({
      localPart: 'bcrypt',
      passwordHash: '$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234',
    });
    expect(bcrypt.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'passwordHash',
      code: 'INVALID_FORMAT',
    });
    const both = await create({
      localPart: 'both',
      password: 'both-pass-1',
      passwordHash: '$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/',
    });
    expect(both.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'password',
      code: 'REQUIRED',
    });
  });

  it('refuses bad local parts, duplicates in any case, the postmaster, weak passwords, and inactive domains; creating nothing', async () => {
    const before = await systemEm(server.app.orm).count(MailboxEntity, {});
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ localPart: '.dot', password: 'valid-pass-1' }, 'localPart', 'INVALID_FORMAT'],
      [{ localPart: 'a..b', password: 'valid-pass-1' }, 'localPart', 'INVALID_FORMAT'],
      [{ localPart: 'x'.repeat(65), password: 'valid-pass-1' }, 'localPart', 'TOO_LONG'],
      [{ localPart: 'spazio vuoto', password: 'valid-pass-1' }, 'localPart', 'INVALID_FORMAT'],
      [{ localPart: 'weak', password: 'short1' }, 'password', 'TOO_SHORT'],
      [{ localPart: 'weak', password: 'nodigitshere' }, 'password', 'WEAK_PASSWORD'],
      [
        { localPart: 'fwd', password: 'valid-pass-1', forwards: ['not an address'] },
        'forwards.0',
        'INVALID_FORMAT',
      ],
    ];
    for (const [input, field, code] of cases) {
      const r = await create(input);
      expect(r.errors![0]!.extensions!.fields, JSON.stringify(input)).toContainEqual(
        expect.objectContaining({ field, code }),
      );
    }
    for (const localPart of ['MARIO.ROSSI', 'Postmaster']) {
      const r = await create({ localPart, password: 'valid-pass-1' });
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        fields: [{ field: 'localPart', code: 'TAKEN' }],
      });
    }
    const pending = await create(
      { localPart: 'early', password: 'valid-pass-1' },
      acme,
      pendingDomainId,
    );
    expect(pending.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'domainId',
      code: 'NOT_ALLOWED',
    });
    expect(await systemEm(server.app.orm).count(MailboxEntity, {})).toBe(before);
  });

  it('updates password, quota, forwards and services; disables; deletes', async () => {
    const m = (await create({ localPart: 'anna', password: 'anna-pass-1' })).data!.createMailbox;
    const before = (await systemEm(server.app.orm).findOneOrFail(MailboxEntity, { id: m.id }))
      .passwordHash;
    const u = await acme.ok<{ updateMailbox: Mailbox }>(
      `mutation { updateMailbox(id: "${m.id}", input: { password: "anna-new-pass-2", quotaGb: 4, forwards: ["anna@else.example"], keepCopy: false, services: { pop: false } }) { ${FIELDS} } }`,
    );
    expect(u.updateMailbox).toMatchObject({
      quotaMb: 4096,
      forwards: ['anna@else.example'],
      keepCopy: false,
      services: { pop: false, imap: true, smtp: true, webmail: true },
    });
    expect(
      (await systemEm(server.app.orm).findOneOrFail(MailboxEntity, { id: m.id })).passwordHash,
    ).not.toBe(before);
    const blocked = await acme.gql(
      `mutation { updateMailbox(id: "${m.id}", input: { state: SUSPENDED }) { id } }`,
    );
    expect(blocked.errors![0]!.extensions!.fields![0]).toMatchObject({
      field: 'state',
      code: 'INVALID_VALUE',
    });
    expect(
      (
        await acme.ok<{ updateMailbox: Mailbox }>(
          `mutation { updateMailbox(id: "${m.id}", input: { state: DISABLED }) { state } }`,
        )
      ).updateMailbox.state,
    ).toBe('DISABLED');
    const audit = await acme.ok<{
      auditLog: { edges: { node: { action: string; after: Record<string, unknown> } }[] };
    }>(
      `{ auditLog(filter: { objectId: "${m.id}", action: "mailbox.update" }) { edges { node { action after } } } }`,
    );
    expect(JSON.stringify(audit)).not.toMatch(/anna-new-pass-2/);
    expect(audit.auditLog.edges.some((e) => e.node.after.password === '(changed)')).toBe(true);
    expect(
      (await acme.ok<{ deleteMailbox: string }>(`mutation { deleteMailbox(id: "${m.id}") }`))
        .deleteMailbox,
    ).toBe(m.id);
    expect(codeOf(await acme.gql(`{ mailbox(id: "${m.id}") { id } }`))).toBe('NOT_FOUND');
  });

  it('a member needs the matching permission: PASSWORDS_CHANGE for passwords, MAILBOXES_* for the rest', async () => {
    await acme.ok(
      `mutation { createUser(input: { login: "acme-helpdesk", password: "acme-helpdesk-1", name: "H", email: "h@acme.example", role: MEMBER, permissions: [PASSWORDS_CHANGE] }) { id } }`,
    );
    const member = await signedIn(server.url, 'acme');
    await member.login('acme-helpdesk', 'acme-helpdesk-1');
    const m = (await create({ localPart: 'luca', password: 'luca-pass-1' })).data!.createMailbox;
    expect(
      (
        await member.gql(
          `mutation { updateMailbox(id: "${m.id}", input: { password: "luca-pass-22" }) { id } }`,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      codeOf(
        await member.gql(`mutation { updateMailbox(id: "${m.id}", input: { quotaGb: 1 }) { id } }`),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await create({ localPart: 'nope', password: 'nope-pass-1' }, member))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await member.gql(`mutation { deleteMailbox(id: "${m.id}") }`))).toBe('FORBIDDEN');
  });
});
