import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  requireMailPlatform,
  startDovecotFor,
  type DovecotInstance,
} from '../../server/src/test/mail-platform/dovecot-instance';
import { imapLogin } from '../../server/src/test/mail-platform/imap-session';
import { openFromMenu, signIn } from './support/actions';
import { chromiumAvailable, launchBrowser, openPage, type TestPage } from './support/browser';
import { startServer, type RunningServer } from './support/casella-server';

const ACME = { login: 'acme', password: 'acme-demo-1' };
const DOMAIN = 'acme-demo.it';
const ADDRESS = `lucia.neri@${DOMAIN}`;
const PASSWORD = 'lucia-2026-a';
const NEW_PASSWORD = 'lucia-2026-b';

// The e2e server runs on SQLite; without Dovecot this skips loudly, and fails in CI.
const runs = requireMailPlatform('sqlite');

describe.skipIf(!chromiumAvailable() || !runs)('the SPA drives the local Dovecot', () => {
  let server: RunningServer;
  let mail: DovecotInstance;
  let browser: Browser;
  let p: TestPage | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // Dovecot from the deploy templates, reading the e2e server's own database.
    mail = await startDovecotFor({
      kind: 'sqlite',
      location: path.join(server.dataDir, 'casella.sqlite'),
    });
  });
  afterAll(async () => {
    await p?.close().catch(() => undefined);
    await mail?.stop();
    await browser?.close();
    await server?.stop();
  });

  const imap = (password: string) => imapLogin(mail.imapPort, ADDRESS, password);

  /** Opens the mailbox's edit dialog, lets `change` fill it, saves it. */
  const editMailbox = async (page: Page, change: (dialog: Locator) => Promise<void>) => {
    await page.getByRole('button', { name: `Edit: ${ADDRESS}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${ADDRESS}` });
    await dialog.waitFor();
    await change(dialog);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`${ADDRESS} saved`).last().waitFor();
    await dialog.waitFor({ state: 'detached' });
  };

  it('a mailbox created in the SPA logs in to Dovecot; its IMAP switch and password change what Dovecot does', async () => {
    p = await openPage(browser);
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), ACME.login, ACME.password);
    await openFromMenu(page, 'Domains');
    const domains = page.getByRole('table', { name: 'Domains' });
    await domains
      .getByRole('row')
      .filter({ hasText: DOMAIN })
      .getByText('Active', { exact: true })
      .waitFor();
    await domains.getByRole('link', { name: DOMAIN }).click();
    await page.getByRole('heading', { name: DOMAIN, level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Mailboxes', exact: true }).click();
    const mailboxes = page.getByRole('table', { name: `Mailboxes of ${DOMAIN}` });
    await mailboxes.getByText(`postmaster@${DOMAIN}`, { exact: true }).waitFor();

    // Created in the SPA, with no other step: Dovecot lets it in.
    expect(await imap(PASSWORD)).toBe(false);
    await page.getByRole('button', { name: 'New mailbox' }).click();
    const create = page.getByRole('dialog', { name: `New mailbox on ${DOMAIN}` });
    await create.getByLabel(/^Address/).fill('lucia.neri');
    await create
      .getByLabel(/^Password/)
      .first()
      .fill(PASSWORD);
    await create.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Mailbox ${ADDRESS} created`).waitFor();
    await mailboxes.getByText(ADDRESS, { exact: true }).waitFor();
    expect(await imap(PASSWORD)).toBe(true);
    expect(await imap('wrong-pass-1')).toBe(false);

    // IMAP switched off in the edit dialog: Dovecot refuses the IMAP login.
    await editMailbox(page, async (dialog) => {
      const imapSwitch = dialog.getByRole('switch', { name: 'IMAP', exact: true });
      expect(await imapSwitch.isChecked()).toBe(true);
      await imapSwitch.uncheck();
    });
    expect(await imap(PASSWORD)).toBe(false);

    // IMAP back on and a new password: the old one fails, the new one works.
    await editMailbox(page, async (dialog) => {
      const imapSwitch = dialog.getByRole('switch', { name: 'IMAP', exact: true });
      expect(await imapSwitch.isChecked()).toBe(false);
      await imapSwitch.check();
      await dialog.getByLabel(/^New password/).fill(NEW_PASSWORD);
    });
    expect(await imap(PASSWORD)).toBe(false);
    expect(await imap(NEW_PASSWORD)).toBe(true);

    await p.close();
    expect(p.consoleErrors, 'console errors').toEqual([]);
  });
});
