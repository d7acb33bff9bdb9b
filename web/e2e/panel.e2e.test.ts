import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gqlAsPage,
  menuLabels,
  openFromMenu,
  signIn,
  signInMailbox,
  signInMailboxUser,
  signOut,
} from './support/actions';
import { chromiumAvailable, launchBrowser, openPage, type TestPage } from './support/browser';
import { startServer, TEST_BRANDING, type RunningServer } from './support/casella-server';
import { E2E_MX_HOSTS } from './support/test-dns';

const RESELLER = { login: 'reseller', password: 'reseller-demo-1' };
const ACME = { login: 'acme', password: 'acme-demo-1' };
const MARIO = { address: 'mario.rossi@acme-demo.it', password: 'mario-2026' };
const POSTMASTER = { address: 'postmaster@acme-demo.it', password: 'postmaster-2026' };

describe.skipIf(!chromiumAvailable())('the panel in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: TestPage[] = [];

  const open = async (options?: Parameters<typeof openPage>[1]) => {
    const p = await openPage(browser, options);
    pages.push(p);
    return p;
  };
  const finish = async (p: TestPage) => {
    await p.close();
    expect(p.consoleErrors, 'console errors').toEqual([]);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    await browser?.close();
    await server?.stop();
  });

  it('wears the branding of the host it is served on, and a neutral one elsewhere', async () => {
    const p = await open();
    await p.page.goto(server.url('localhost'));
    await p.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect.poll(() => p.page.title()).toBe(TEST_BRANDING.title);
    const button = p.page.getByRole('button', { name: 'Sign in' });
    // Polled: the button animates from the neutral colour to the brand's.
    await expect
      .poll(() => button.evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe('rgb(21, 128, 61)');
    await expect.poll(() => p.page.getByRole('img', { name: TEST_BRANDING.title }).count()).toBe(1);
    await p.screenshot('01-login-branded');

    await p.page.goto(server.url());
    await p.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect.poll(() => p.page.title()).toBe('Casella');
    await p.screenshot('02-login-neutral');
    await finish(p);
  });

  it('lets a reseller create a customer and a limited team member, who sees only what it may', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    expect(await menuLabels(page)).toEqual([
      'Dashboard',
      'Customers',
      'Domains',
      'Team',
      'API tokens',
      'Audit log',
    ]);
    await page.getByTestId('stat-customers').getByText('2').waitFor();
    await p.screenshot('03-reseller-dashboard');

    // A customer, with its first administrator.
    await openFromMenu(page, 'Customers');
    await page.getByRole('cell', { name: 'Acme' }).first().waitFor();
    await page.getByRole('button', { name: 'New customer' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByLabel('Name').fill('Umbrella Srl');
    await dialog.getByLabel('Contact e-mail').fill('it@umbrella.example');
    await dialog.getByLabel('Administrator login').fill('umbrella-admin');
    await dialog.getByLabel(/^Administrator password/).fill('short');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('At least 10 characters').waitFor();
    await p.screenshot('04-create-customer-validation');
    await dialog.getByLabel(/^Administrator password/).fill('umbrella-pass-1');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Customer Umbrella Srl created').waitFor();
    await page.getByRole('cell', { name: 'Umbrella Srl', exact: true }).waitFor();
    await p.screenshot('05-customers');

    // A team member who may only read logs and use the API.
    await openFromMenu(page, 'Team');
    await page.getByRole('button', { name: 'New login' }).first().click();
    const member = page.getByRole('dialog', { name: 'New login' });
    await member.getByLabel('Full name').fill('Lucia Bianchi');
    await member.getByLabel('E-mail').fill('lucia@reseller.example');
    await member.getByLabel('Login name').fill('lucia');
    await member.getByLabel(/^Password/).fill('lucia-pass-12');
    await member.getByRole('checkbox', { name: 'View logs' }).check();
    await member.getByRole('checkbox', { name: 'API access' }).check();
    await p.screenshot('06-create-team-member');
    await member.getByRole('button', { name: 'Create' }).click();
    await page.getByText('lucia created').waitFor();
    await page.getByRole('cell', { name: 'lucia', exact: true }).waitFor();
    await p.screenshot('07-team');
    await signOut(page);

    // The member sees the dashboard, API tokens and the audit log, nothing else.
    await signIn(page, server.url(), 'lucia', 'lucia-pass-12');
    expect(await menuLabels(page)).toEqual(['Dashboard', 'Domains', 'API tokens', 'Audit log']);
    await p.screenshot('08-member-dashboard');
    await page.goto(`${server.url()}/customers`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();

    // An API token: the secret once, then revoked.
    await openFromMenu(page, 'API tokens');
    await page.getByText('No API tokens').waitFor();
    await p.screenshot('09-api-tokens-empty');
    await page.getByRole('button', { name: 'New token' }).first().click();
    const create = page.getByRole('dialog', { name: 'New API token' });
    await create.getByLabel('Name').fill('billing sync');
    await create.getByRole('checkbox', { name: 'Write' }).check();
    await create.getByRole('button', { name: 'Create' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'Copy your token now' });
    const secret = await secretDialog.getByTestId('token-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await secretDialog.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await p.screenshot('10-api-token-secret');
    await secretDialog.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Revoke: billing sync' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke billing sync?' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page.getByText('Token billing sync revoked').waitFor();
    await page.getByRole('cell', { name: 'Revoked' }).waitFor();
    await p.screenshot('11-api-token-revoked');

    // The audit log shows what happened.
    await openFromMenu(page, 'Audit log');
    await page
      .getByRole('cell', { name: /API token revoked/ })
      .first()
      .waitFor();
    await p.screenshot('12-audit-log');

    // The member changes its password and signs in with the new one.
    await page.getByRole('button', { name: /^Account/ }).click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.getByLabel(/^Current password/).fill('lucia-pass-12');
    await page.getByLabel(/^New password/).fill('lucia-pass-34');
    await page.getByLabel(/^Repeat the new password/).fill('lucia-pass-34');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed; your other sessions were signed out').waitFor();
    await p.screenshot('13a-profile');

    await signOut(page);
    await page.getByText('You have signed out.').waitFor();
    await signIn(page, server.url(), 'lucia', 'lucia-pass-34');
    await signOut(page);
    await finish(p);
  });

  it('suspends, reactivates and deletes a customer, asking first', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    await openFromMenu(page, 'Customers');
    await expect.poll(() => page.title()).toBe('Customers · Casella');
    await page.getByRole('button', { name: 'New customer' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByLabel('Name').fill('Wayne Spa');
    await dialog.getByLabel('Contact e-mail').fill('it@wayne.example');
    await dialog.getByLabel('Administrator login').fill('wayne-admin');
    await dialog.getByLabel(/^Administrator password/).fill('wayne-pass-12');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Customer Wayne Spa created').waitFor();

    const row = page.getByRole('row').filter({ hasText: 'Wayne Spa' });
    await page.getByRole('button', { name: 'Actions: Wayne Spa' }).click();
    await page.getByRole('menuitem', { name: 'Suspend' }).click();
    const confirmSuspend = page.getByRole('dialog', { name: 'Suspend Wayne Spa?' });
    await confirmSuspend.getByRole('button', { name: 'Cancel' }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await p.screenshot('12b-confirm-suspend');
    await confirmSuspend.getByRole('button', { name: 'Suspend' }).click();
    await page.getByText('Wayne Spa is suspended').waitFor();
    await row.getByText('Suspended').waitFor();

    await page.getByRole('button', { name: 'Actions: Wayne Spa' }).click();
    await page.getByRole('menuitem', { name: 'Reactivate' }).click();
    await page.getByText('Wayne Spa is active again').waitFor();
    await row.getByText('Active').waitFor();

    // Cancel keeps it; confirming deletes it.
    await page.getByRole('button', { name: 'Actions: Wayne Spa' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete Wayne Spa?' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await expect.poll(() => row.count()).toBe(1);
    await page.getByRole('button', { name: 'Actions: Wayne Spa' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete Wayne Spa?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByText('Wayne Spa was deleted').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await finish(p);
  });

  it('switches to Italian, remembers it, and formats for the locale', async () => {
    const p = await open({ locale: 'en-US' });
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'Italiano' }).click();
    expect(await menuLabels(page)).toEqual([
      'Riepilogo',
      'Clienti',
      'Domini',
      'Team',
      'Token API',
      'Registro attività',
    ]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await openFromMenu(page, 'Clienti');
    await page.getByRole('columnheader', { name: 'Creato il' }).waitFor();
    await page.reload();
    await page.getByRole('columnheader', { name: 'Creato il' }).waitFor();
    await p.screenshot('13-customers-italian');
    await openFromMenu(page, 'Team');
    await page.getByRole('button', { name: 'Nuovo accesso' }).first().click();
    await p.screenshot('14-team-member-form-italian');
    await page.getByRole('button', { name: 'Annulla' }).click();
    await openFromMenu(page, 'Registro attività');
    await page.getByRole('cell', { name: 'Cliente creato' }).first().waitFor();
    await p.screenshot('15-audit-log-italian');
    await signOut(page);
    await page.getByRole('heading', { name: 'Accedi' }).waitFor();
    await p.screenshot('16-login-italian');
    await finish(p);
  });

  it('impersonates a customer and comes back', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    await openFromMenu(page, 'Customers');
    await page.getByRole('button', { name: /^Actions: Acme/ }).click();
    await page.getByRole('menuitem', { name: 'Act as' }).click();
    const banner = page.getByRole('region', { name: /You are acting as Acme/ });
    await banner.waitFor();
    expect(await menuLabels(page)).toEqual([
      'Dashboard',
      'Domains',
      'Team',
      'Notifications',
      'Audit log',
    ]);
    await p.screenshot('17-impersonating');
    await openFromMenu(page, 'Team');
    await page.getByRole('cell', { name: 'acme', exact: true }).waitFor();
    await banner.getByRole('button', { name: 'Back to my organisation' }).click();
    await page.getByText('You are back in your organisation').waitFor();
    expect(await banner.count()).toBe(0);
    expect(await menuLabels(page)).toEqual([
      'Dashboard',
      'Customers',
      'Domains',
      'Team',
      'API tokens',
      'Audit log',
    ]);
    await finish(p);
  });

  it('sends an expired session to the login page and back to where it was', async () => {
    const p = await open();
    const { page, context } = p;
    // The one request that finds the session gone is answered 401, which Chromium logs.
    p.expectConsoleError(/status of 401/);
    await page.goto(server.url());
    await page.getByLabel(/^Login name/).fill(RESELLER.login);
    await page.getByLabel(/^Password/).fill('not-the-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong login or password.').waitFor();
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    await openFromMenu(page, 'Team');
    await page.getByRole('cell', { name: 'reseller', exact: true }).waitFor();
    await context.clearCookies({ name: 'casella_session' });
    await openFromMenu(page, 'Customers');
    await page.getByText('Your session has expired: please sign in again.').waitFor();
    await p.screenshot('18-session-expired');
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    await page.getByRole('cell', { name: 'Acme' }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/customers');
    await finish(p);
  });

  it('works from the keyboard alone, with a visible focus', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The login name has the focus on arrival.
    await page.keyboard.type(RESELLER.login);
    await page.keyboard.press('Tab');
    await page.keyboard.type(RESELLER.password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Account/ }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const customers = page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Customers' });
    await customers.focus();
    expect(await customers.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await p.screenshot('19-keyboard-focus');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    await finish(p);
  });

  it('lets the platform filter customers by reseller', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), 'admin', 'casella-admin-1');
    expect(await menuLabels(page)).toEqual([
      'Dashboard',
      'Resellers',
      'Customers',
      'Domains',
      'Team',
      'API tokens',
      'Audit log',
    ]);
    await openFromMenu(page, 'Customers');
    await page.getByRole('cell', { name: 'Initech', exact: false }).first().waitFor();
    await page.getByLabel('Reseller').click();
    await page.getByRole('option', { name: 'Rivendita Demo' }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('cell', { name: /Initech/ }).count()).toBe(0);
    await page.getByRole('cell', { name: /Acme/ }).first().waitFor();
    await p.screenshot('20-platform-customers-by-reseller');
    await finish(p);
  });

  it('fits a phone: the side menu becomes a drawer', async () => {
    const p = await open({ viewport: { width: 390, height: 844 } });
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), 'admin', 'casella-admin-1');
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('presentation').getByRole('link', { name: 'Resellers' }).click();
    await page.getByRole('cell', { name: 'Rivendita Demo', exact: true }).waitFor();
    await p.screenshot('21-platform-resellers-phone');
    await finish(p);
  });

  it("lets a customer add a domain, prove it's theirs from the panel and fill it; the new mailbox's owner then signs in", async () => {
    const p = await open();
    const { page } = p;
    // Unique names: the test stands alone, and reruns against one server do not collide.
    const tag = Math.random().toString(36).slice(2, 8);
    const name = `bottega-${tag}.it`;
    const idn = `caffè-${tag}.it`;
    const owner = { user: 'giulia', password: 'giulia-2026', address: `giulia@${name}` };
    await page.goto(server.url());
    await signIn(page, server.url(), ACME.login, ACME.password);
    expect(await menuLabels(page)).toEqual([
      'Dashboard',
      'Domains',
      'Team',
      'API tokens',
      'Notifications',
      'Audit log',
    ]);
    await openFromMenu(page, 'Domains');
    const table = page.getByRole('table', { name: 'Domains' });
    await table.getByRole('link', { name: 'acme-demo.it' }).waitFor();
    // A customer sees its own domains: no customer column.
    expect(await table.getByRole('columnheader', { name: 'Customer' }).count()).toBe(0);

    // www. is refused until confirmed; the password rule is the shared one.
    await page.getByRole('button', { name: 'New domain' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New domain' });
    await dialog.getByLabel(/^Domain/).fill(`www.${name}`);
    await dialog.getByLabel(/^Postmaster password/).fill('short');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('At least 8 characters').waitFor();
    await dialog.getByRole('checkbox', { name: `Yes, I mean www.${name}, with www.` }).waitFor();
    await p.screenshot('domains-02-create-validation');
    await dialog.getByLabel(/^Domain/).fill(name.replace('bottega', 'Bottega'));
    await dialog.getByLabel(/^Postmaster password/).fill('bottega-2026');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`${name} added: now prove that you own it`).waitFor();
    const heading = page.getByRole('heading', { name, level: 1 });
    await heading.waitFor();
    // A new domain opens on its verification.
    expect(new URL(page.url()).pathname).toMatch(/^\/domains\/[^/]+\/verification$/);
    const domainId = new URL(page.url()).pathname.split('/')[2]!;
    const summary = page.getByTestId('domain-summary');
    // Setting up moves on to verification by itself.
    await summary.getByText('Awaiting verification').waitFor();

    await page.getByRole('link', { name: 'All domains' }).click();
    const row = table.getByRole('row').filter({ hasText: name });
    await row.getByText('Awaiting verification').waitFor();
    await row.getByRole('img', { name: 'Ownership not verified yet' }).waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'acme-demo.it' })
      .getByRole('img', { name: /^Ownership verified by/ })
      .waitFor();
    await p.screenshot('domains-01-list');

    // A click anywhere on the row opens the domain; each tab has its own address.
    await row.getByText('Awaiting verification').click();
    await heading.waitFor();
    const tabs = page.getByRole('tablist', { name: 'Domain sections' });
    expect(await tabs.getByRole('tab').allInnerTexts()).toEqual([
      'Mailboxes',
      'Aliases',
      'Domain aliases',
      'Settings',
      'Verification',
      'MX records',
      'Client settings',
    ]);
    // The sign-up notice would cover the sections in the screenshots.
    await page.getByRole('status').getByRole('button', { name: 'Close' }).click();
    const openTab = async (label: string, path: string) => {
      await tabs.getByRole('tab', { name: label, exact: true }).click();
      await page.waitForURL((u) => u.pathname === `/domains/${domainId}/${path}`);
      await expect
        .poll(() =>
          tabs.getByRole('tab', { name: label, exact: true }).getAttribute('aria-selected'),
        )
        .toBe('true');
    };

    // Until it is verified, nothing can be created on it, and the tab says why.
    await openTab('Mailboxes', 'mailboxes');
    await page
      .getByText('Mailboxes can be created once the domain is verified and active.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'New mailbox' }).isDisabled()).toBe(true);
    const mailboxes = page.getByRole('table', { name: `Mailboxes of ${name}` });
    await mailboxes.getByText(`postmaster@${name}`, { exact: true }).waitFor();
    await p.screenshot('domains-03-mailboxes-unverified');
    await openTab('Client settings', 'client-settings');
    await page.getByText('imap.casella.local').waitFor();
    await p.screenshot('domains-08-tab-client-settings');

    // Verification: the record to create, copied from the panel and published in the
    // test zone (the customer's DNS provider), then "Check now".
    await openTab('Verification', 'verification');
    const panel = page.getByRole('region', { name: 'Ownership verification' });
    const record = panel.getByRole('table', { name: 'Record to create' });
    await record.getByText('A', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Copy record name' }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    const recordName = await page.evaluate(() => navigator.clipboard.readText());
    expect(recordName).toMatch(new RegExp(`^d\\d{9}\\.${name.replace(/\./g, '\\.')}$`));
    await record.getByText(recordName, { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Check now' }).click();
    await panel.getByText('No A record exists for this name yet.').waitFor();
    await p.screenshot('domains-07-verification-pending');

    server.zone.addARecord(recordName);
    await panel.getByRole('button', { name: 'Check now' }).click();
    await panel.getByText(`${name} is verified`).waitFor();
    // The header follows the panel without a reload.
    await summary.getByText('Active', { exact: true }).waitFor();
    await summary.getByText(/^Ownership verified by DNS/).waitFor();
    await p.screenshot('domains-07b-verification-done');
    // ...and so does the list.
    await page.getByRole('link', { name: 'All domains' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByRole('img', { name: /^Ownership verified by DNS/ }).waitFor();
    await row.getByText('Active', { exact: true }).click();
    await heading.waitFor();

    // A mailbox, forwarding a copy of its mail elsewhere.
    await openTab('Mailboxes', 'mailboxes');
    await page.getByText('No limit on new mailboxes').waitFor();
    await page.getByRole('button', { name: 'New mailbox' }).click();
    const create = page.getByRole('dialog', { name: `New mailbox on ${name}` });
    await create.getByLabel(/^Address/).fill(owner.user);
    await create
      .getByLabel(/^Password/)
      .first()
      .fill(owner.password);
    await create.getByLabel('First name').fill('Giulia');
    await create.getByLabel('Last name').fill('Verdi');
    const forwarding = create.getByRole('region', { name: 'Forwarding' });
    await forwarding.getByRole('button', { name: 'Add an address' }).click();
    await forwarding.getByLabel('Forward address 1').fill('giulia.home@example.org');
    expect(
      await forwarding.getByRole('switch', { name: 'Keep a copy in this mailbox' }).isChecked(),
    ).toBe(true);
    await p.screenshot('domains-03b-create-mailbox');
    // The dialog scrolls: its lower half (automatic reply, buttons) in a second shot.
    await create.getByRole('button', { name: 'Create' }).scrollIntoViewIfNeeded();
    await p.screenshot('domains-03b-create-mailbox-end');
    await create.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Mailbox ${owner.address} created`).waitFor();
    await mailboxes
      .getByRole('row')
      .filter({ hasText: owner.address })
      .getByText('Giulia Verdi')
      .waitFor();
    // The header counts it at once.
    await summary.getByText(/^1 mailbox\b/).waitFor();
    await p.screenshot('domains-03c-tab-mailboxes');

    // An alias delivering to the new mailbox.
    await openTab('Aliases', 'aliases');
    await page.getByText('No aliases yet').waitFor();
    await page.getByRole('button', { name: 'New alias' }).click();
    const alias = page.getByRole('dialog', { name: `New alias on ${name}` });
    await alias.getByLabel(/^Address/).fill('vendite');
    await alias.getByLabel('Destination 1').fill(owner.address);
    await p.screenshot('domains-04a-create-alias');
    await alias.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Alias vendite@${name} created`).waitFor();
    await page
      .getByRole('table', { name: `Aliases of ${name}` })
      .getByRole('row')
      .filter({ hasText: `vendite@${name}` })
      .getByText(owner.address)
      .waitFor();
    await p.screenshot('domains-04-tab-aliases');

    // A domain alias with an accented name: accepted, its DNS form shown.
    await openTab('Domain aliases', 'domain-aliases');
    await page.getByText('No domain aliases').waitFor();
    await page.getByRole('button', { name: 'New domain alias' }).click();
    const addAlias = page.getByRole('dialog', { name: `New domain alias of ${name}` });
    await addAlias.getByLabel(/^Name/).fill(idn);
    await addAlias.getByText(`DNS name: xn--caff-`, { exact: false }).waitFor();
    await p.screenshot('domains-05a-create-domain-alias');
    await addAlias.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`${idn} added: verify it to activate it`).waitFor();
    // A new name is useless until verified: its verification opens by itself.
    const verify = page.getByRole('dialog', { name: `Verify ${idn}` });
    await verify.getByRole('table', { name: 'Record to create' }).waitFor();
    await p.screenshot('domains-05b-verify-domain-alias');
    // Its record is published under the DNS (A-label) name, and checked from the dialog.
    await verify.getByRole('button', { name: 'Copy record name' }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    const aliasRecord = await page.evaluate(() => navigator.clipboard.readText());
    expect(aliasRecord).toMatch(/^d\d{9}\.xn--caff-/);
    server.zone.addARecord(aliasRecord);
    await verify.getByRole('button', { name: 'Check now' }).click();
    await verify.getByText(`${idn} is verified`).waitFor();
    await verify.getByRole('button', { name: 'Close' }).click();
    // The list (behind the dialog until now) follows without a reload.
    const aliasRow = page
      .getByRole('table', { name: `Domain aliases of ${name}` })
      .getByRole('row')
      .filter({ hasText: idn });
    await aliasRow.getByText(/^xn--caff-/).waitFor();
    await aliasRow.getByText('Active', { exact: true }).waitFor();
    await aliasRow.getByText(/^Verified by DNS record on/).waitFor();
    await p.screenshot('domains-05-tab-domain-aliases');
    await signOut(page);

    // The new mailbox's owner signs in with user and domain, and sees only its mailbox.
    await signInMailboxUser(page, server.url(), owner.user, name, owner.password);
    await page.getByRole('heading', { name: 'My mailbox', level: 1 }).waitFor();
    expect(await menuLabels(page)).toEqual(['My mailbox']);
    const forwards = page.getByRole('region', { name: 'Forwarding' });
    await expect
      .poll(() => forwards.getByLabel('Forward address 1').inputValue())
      .toBe('giulia.home@example.org');
    expect(
      await forwards.getByRole('switch', { name: 'Keep a copy in this mailbox' }).isChecked(),
    ).toBe(true);
    const reply = page.getByRole('region', { name: 'Automatic reply' });
    await reply.getByRole('switch', { name: 'Send an automatic reply' }).check();
    await reply.getByLabel('Subject').fill('In ferie');
    await reply.getByLabel('Message').fill('Torno il 1° settembre.');
    await reply.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Automatic reply saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My mailbox', level: 1 }).waitFor();
    await expect.poll(() => reply.getByLabel('Subject').inputValue()).toBe('In ferie');
    expect(await reply.getByLabel('Message').inputValue()).toBe('Torno il 1° settembre.');
    expect(await reply.getByRole('switch', { name: 'Send an automatic reply' }).isChecked()).toBe(
      true,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot('domains-14-new-mailbox-owner');
    // The domain's pages are not there for it.
    await page.goto(`${server.url()}/domains/${domainId}/mailboxes`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await signOut(page);
    await finish(p);
  });

  it('lets a customer change a new domain’s settings and delete it, in Italian', async () => {
    const p = await open({ locale: 'it-IT' });
    const { page } = p;
    const name = `orto-${Math.random().toString(36).slice(2, 8)}.it`;
    await page.goto(server.url());
    await signIn(page, server.url(), ACME.login, ACME.password);
    await openFromMenu(page, 'Domini');
    const table = page.getByRole('table', { name: 'Domini' });
    await table.getByRole('link', { name: 'acme-demo.it' }).waitFor();
    await page.getByRole('button', { name: 'Nuovo dominio' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Nuovo dominio' });
    await dialog.getByLabel(/^Dominio/).fill(name);
    await dialog.getByLabel(/^Password del postmaster/).fill('orto-2026');
    await dialog.getByRole('button', { name: 'Crea' }).click();
    const heading = page.getByRole('heading', { name, level: 1 });
    await heading.waitFor();
    const domainId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByTestId('domain-summary').getByText('In attesa di verifica').waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Chiudi' }).click();
    const panel = page.getByRole('region', { name: 'Verifica della proprietà' });
    await panel.getByRole('table', { name: 'Record da creare' }).waitFor();
    await p.screenshot('domains-15-verification-italian');

    const tabs = page.getByRole('tablist', { name: 'Sezioni del dominio' });
    const shots: [string, string, string][] = [
      ['Caselle', 'mailboxes', 'domains-16-mailboxes-italian'],
      ['Alias', 'aliases', 'domains-17-aliases-italian'],
      ['Domini alias', 'domain-aliases', 'domains-18-domain-aliases-italian'],
      ['Impostazioni', 'settings', 'domains-06-tab-settings-italian'],
    ];
    for (const [label, path, shot] of shots) {
      await tabs.getByRole('tab', { name: label, exact: true }).click();
      await page.waitForURL((u) => u.pathname === `/domains/${domainId}/${path}`);
      // Waited for inside the tab's own table: the previous tab may still be on the page.
      if (path === 'mailboxes')
        await page
          .getByRole('table', { name: `Caselle di ${name}` })
          .getByText(`postmaster@${name}`, { exact: true })
          .waitFor();
      if (path === 'aliases') await page.getByText('Ancora nessun alias').waitFor();
      if (path === 'domain-aliases') await page.getByText('Nessun dominio alias').waitFor();
      if (path === 'settings')
        await page.getByRole('heading', { name: 'Limiti e quote' }).waitFor();
      await p.screenshot(shot);
    }

    // Settings: an allowed network, checked by the shared rule, then saved.
    const access = page.getByRole('region', { name: 'Indirizzi client consentiti' });
    await access.getByRole('button', { name: 'Aggiungi un indirizzo' }).click();
    await access.getByLabel('Indirizzo o rete 1').fill('203.0.113.300');
    await page.getByRole('button', { name: 'Salva' }).click();
    await access
      .getByText('Un indirizzo IP o una rete, ad es. 203.0.113.4 o 203.0.113.0/24')
      .waitFor();
    await access.getByLabel('Indirizzo o rete 1').fill('203.0.113.0/24');
    await page.getByRole('switch', { name: 'POP3' }).uncheck();
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Impostazioni del dominio salvate').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Indirizzo o rete 1').inputValue())
      .toBe('203.0.113.0/24');
    expect(await page.getByRole('switch', { name: 'POP3' }).isChecked()).toBe(false);
    await tabs.getByRole('tab', { name: 'Parametri client' }).click();
    await page.getByRole('region', { name: 'POP3' }).getByText('Disattivato').waitFor();

    // The customer's own switch: turning mail off is explained and confirmed first.
    const summary = page.getByTestId('domain-summary');
    await page.getByRole('button', { name: 'Disattiva dominio' }).click();
    const off = page.getByRole('dialog', { name: `Disattivare ${name}?` });
    await off.getByText(/posta per i suoi indirizzi .* viene rifiutata/).waitFor();
    await off.getByRole('button', { name: 'Disattiva dominio' }).click();
    await summary.getByText('Disattivato', { exact: true }).waitFor();
    await page.getByText(/^Questo dominio è disattivato/).waitFor();
    await p.screenshot('domains-22-disabled-italian');
    // A click while the closing dialog's backdrop still fades out is swallowed.
    await off.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Attiva dominio' }).click();
    await page.getByText(`${name} attivato`).waitFor();
    // Never verified: back to waiting for its proof, not active.
    await summary.getByText('In attesa di verifica', { exact: true }).waitFor();
    await page.reload();
    await summary.getByText('In attesa di verifica', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Disattiva dominio' }).count()).toBe(1);

    // Deleting asks for the name.
    await tabs.getByRole('tab', { name: 'Impostazioni', exact: true }).click();
    await page.getByRole('button', { name: 'Elimina dominio' }).click();
    const confirm = page.getByRole('dialog', { name: `Eliminare ${name}?` });
    const remove = confirm.getByRole('button', { name: 'Elimina dominio' });
    expect(await remove.isDisabled()).toBe(true);
    await confirm.getByLabel(`Scrivi ${name} per confermare`).fill(name);
    await page.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot('domains-09-confirm-delete-italian');
    await remove.click();
    await page.getByText(`${name} è stato eliminato`).waitFor();
    await table.getByRole('link', { name: 'acme-demo.it' }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: name }).count()).toBe(0);

    // The activity log names each of those steps in Italian, not by its code.
    await openFromMenu(page, 'Registro attività');
    for (const label of [
      'Dominio eliminato',
      'Dominio attivato',
      'Dominio disattivato',
      'Impostazioni del dominio modificate',
      'Dominio aggiunto',
    ])
      await page.getByText(label, { exact: true }).first().waitFor();
    expect(await page.getByText(/^domain\./).count()).toBe(0);
    await p.screenshot('domains-23-audit-italian');
    await finish(p);
  });

  it('shows a reseller the domains of its customers, with the customer, in Italian too', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signIn(page, server.url(), RESELLER.login, RESELLER.password);
    await openFromMenu(page, 'Domains');
    const table = page.getByRole('table', { name: 'Domains' });
    await table
      .getByRole('row')
      .filter({ hasText: 'acme-demo.it' })
      .getByText('Acme S.r.l.')
      .waitFor();
    await page.getByRole('button', { name: 'New domain' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New domain' });
    await dialog.getByLabel(/^Customer/).click();
    await page.getByRole('option', { name: 'Globex S.p.A.' }).waitFor();
    await p.screenshot('domains-10-reseller-create');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'Italiano' }).click();
    await page.getByRole('columnheader', { name: 'Cliente' }).waitFor();
    await p.screenshot('domains-11-reseller-list-italian');
    await page
      .getByRole('table', { name: 'Domini' })
      .getByRole('link', { name: 'acme-demo.it' })
      .click();
    await page.getByRole('heading', { name: 'acme-demo.it', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Impostazioni' }).click();
    await page.getByRole('heading', { name: 'Limiti e quote' }).waitFor();
    await p.screenshot('domains-12-reseller-settings-italian');
    // With a profile of its own, the reseller picks it and sees what it would copy.
    await gqlAsPage(
      page,
      'mutation { createDomainProfile(input: { name: "Base 10", maxMailboxes: 10, maxQuotaGb: 4, defaultQuotaGb: 2 }) { id } }',
    );
    await page.reload();
    await page.getByLabel('Profilo dominio').click();
    await page.getByRole('option', { name: 'Base 10' }).click();
    await page.getByText('10 caselle, quota fino a 4 GB, 2 GB di base').waitFor();
    expect(await page.getByLabel('Numero massimo di caselle').inputValue()).toBe('10');
    await p.screenshot('domains-13-reseller-profile-italian');
    await finish(p);
  });

  it('flags a domain and its alias whose MX records send mail elsewhere, from the dashboard down, and clears the flags once they are fixed', async () => {
    const p = await open();
    const { page } = p;
    const domain = 'acme-demo.it';
    const alias = 'acme-demo.com';
    const foreign = 'mx.vecchio-provider.example';
    // The customer's DNS still sends part of its mail to the previous provider, and
    // all of its alias's.
    server.zone.setMxRecords(domain, [
      { priority: 10, host: foreign },
      { priority: 20, host: E2E_MX_HOSTS[0]! },
    ]);
    server.zone.setMxRecords(alias, [{ priority: 10, host: foreign }]);
    await page.goto(server.url());
    await signIn(page, server.url(), ACME.login, ACME.password);
    // What the daily check would find, run now behind the UI's back.
    const { domains } = await gqlAsPage<{
      domains: { edges: { node: { id: string; name: string } }[] };
    }>(
      page,
      `query { domains(first: 50, filter: { search: "${domain}" }) { edges { node { id name } } } }`,
    );
    const id = domains.edges.find((e) => e.node.name === domain)!.node.id;
    const { checkDomainMx } = await gqlAsPage<{ checkDomainMx: { mxCheck: { status: string } } }>(
      page,
      'mutation ($id: ID!) { checkDomainMx(id: $id) { mxCheck { status } } }',
      { id },
    );
    expect(checkDomainMx.mxCheck.status).toBe('WRONG');
    const { domainAliases } = await gqlAsPage<{
      domainAliases: { edges: { node: { id: string; name: string } }[] };
    }>(page, 'query ($id: ID!) { domainAliases(domainId: $id) { edges { node { id name } } } }', {
      id,
    });
    const aliasId = domainAliases.edges.find((e) => e.node.name === alias)!.node.id;
    const { checkDomainAliasMx } = await gqlAsPage<{
      checkDomainAliasMx: { mxCheck: { status: string } };
    }>(page, 'mutation ($id: ID!) { checkDomainAliasMx(id: $id) { mxCheck { status } } }', {
      id: aliasId,
    });
    const checkedAt = Date.now();
    expect(checkDomainAliasMx.mxCheck.status).toBe('WRONG');

    // The dashboard warns of it, and leads to the list of just the domains concerned.
    await page.reload();
    const warning = page.getByTestId('dashboard-mx-problems');
    await warning.getByText('1 domain with MX problems').waitFor();
    await p.screenshot('dashboard-mx-01-warning');
    await warning.getByRole('link', { name: 'Show the domain' }).click();
    await page.waitForURL((u) => u.pathname === '/domains' && u.search === '?mx=problems');
    const table = page.getByRole('table', { name: 'Domains' });
    const row = table.getByRole('row').filter({ hasText: domain });
    const onlyProblems = page.getByRole('switch', { name: 'Only domains with MX problems' });
    await row.getByRole('link', { name: domain }).waitFor();
    expect(await onlyProblems.isChecked()).toBe(true);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await p.screenshot('dashboard-mx-02-filtered-list');
    // The filtered list survives a reload.
    await page.reload();
    await row.getByRole('link', { name: domain }).waitFor();
    expect(await onlyProblems.isChecked()).toBe(true);

    // The list flags it beside its state, and its filter finds it.
    await openFromMenu(page, 'Domains');
    await page.waitForURL((u) => u.pathname === '/domains' && u.search === '');
    await expect.poll(() => onlyProblems.isChecked()).toBe(false);
    const flag = row.getByRole('img', { name: 'MX records point elsewhere' });
    await flag.waitFor();
    await flag.hover();
    await page.getByRole('tooltip', { name: 'MX records point elsewhere' }).waitFor();
    await p.screenshot('domains-mx-01-list');
    await onlyProblems.check();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await row.getByRole('link', { name: domain }).waitFor();
    // Kept in the address, so it can be linked to.
    expect(new URL(page.url()).search).toBe('?mx=problems');
    await p.screenshot('domains-mx-02-list-problems');

    // The header links the problem to the MX tab, which names the foreign host.
    await row.getByRole('link', { name: domain }).click();
    await page.getByRole('heading', { name: domain, level: 1 }).waitFor();
    const summary = page.getByTestId('domain-summary');
    await summary.getByRole('link', { name: 'MX records point elsewhere' }).click();
    await page.waitForURL((u) => u.pathname === `/domains/${id}/mx`);
    const tab = page.getByRole('region', { name: 'MX records' });
    await tab
      .getByText(
        `Mail for ${domain} goes, at least in part, to servers that are not ours: ${foreign}.`,
      )
      .waitFor();
    await tab
      .getByRole('table', { name: 'MX records found' })
      .getByRole('row')
      .filter({ hasText: foreign })
      .getByText('Not ours')
      .waitFor();
    const expected = tab.getByRole('table', { name: 'MX records to publish' });
    expect(await expected.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Priority\s+Mail server$/),
      expect.stringMatching(new RegExp(`^10\\s+${E2E_MX_HOSTS[0]}`)),
      expect.stringMatching(new RegExp(`^20\\s+${E2E_MX_HOSTS[1]}`)),
    ]);
    // Its alias below, with what is wrong in short (the records to publish are the same).
    const aliases = tab.getByRole('region', { name: 'Domain aliases' });
    const aliasRow = aliases
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: alias, exact: true }) });
    await aliasRow.getByText('MX records point elsewhere').waitFor();
    await aliasRow.getByText(`Not ours: ${foreign}`).waitFor();
    expect(await aliases.getByRole('table').count()).toBe(0);
    // The pointer that clicked the header's link leaves it, and its tooltip with it.
    await page.mouse.move(700, 75);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await p.screenshot('domains-mx-03-tab-wrong');
    await tab.getByRole('button', { name: `Copy mail server ${E2E_MX_HOSTS[1]}` }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(E2E_MX_HOSTS[1]);

    // The domain aliases tab flags the alias beside its state, and leads back here.
    await page.getByText('Copied to the clipboard').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Domain aliases' }).click();
    const aliasFlag = page
      .getByRole('table', { name: `Domain aliases of ${domain}` })
      .getByRole('row')
      .filter({ hasText: alias })
      .getByRole('link', { name: 'MX records point elsewhere' });
    await aliasFlag.hover();
    await page.getByRole('tooltip', { name: /^MX records point elsewhere/ }).waitFor();
    await p.screenshot('domains-mx-07-domain-aliases-flag');
    await aliasFlag.click();
    await page.waitForURL((u) => u.pathname === `/domains/${id}/mx`);
    await aliasRow.getByText('MX records point elsewhere').waitFor();

    // The postmaster sees the same on a phone.
    const phone = await open({ viewport: { width: 390, height: 844 } });
    await phone.page.goto(server.url());
    await signInMailbox(phone.page, server.url(), POSTMASTER.address, POSTMASTER.password);
    await phone.page.getByRole('heading', { name: domain, level: 1 }).waitFor();
    await phone.page.getByRole('link', { name: 'MX records point elsewhere' }).click();
    const phoneTab = phone.page.getByRole('region', { name: 'MX records' });
    await phoneTab.getByRole('table', { name: 'MX records found' }).waitFor();
    await phoneTab
      .getByRole('region', { name: 'Domain aliases' })
      .getByText(`Not ours: ${foreign}`)
      .waitFor();
    // As above, for a finger that tapped it.
    await phone.page.mouse.move(195, 820);
    await phone.page.getByRole('tooltip').waitFor({ state: 'detached' });
    await phone.screenshot('domains-mx-05-postmaster-phone');
    await finish(phone);

    // The customer publishes the platform's records only, for both names, and checks at once.
    for (const name of [domain, alias])
      server.zone.setMxRecords(
        name,
        E2E_MX_HOSTS.map((host, i) => ({ priority: (i + 1) * 10, host })),
      );
    // The server takes another check of the same name 10 s after the last at the soonest.
    await page.waitForTimeout(Math.max(0, checkedAt + 10_500 - Date.now()));
    const check = tab.getByRole('button', { name: 'Check now', exact: true });
    await check.click();
    await page.getByText(`The MX records of ${domain} are right`).waitFor();
    await tab.getByText(`Mail for ${domain} reaches the platform`).waitFor();
    await expect.poll(() => check.isEnabled()).toBe(true);
    const checkAlias = aliasRow.getByRole('button', { name: `Check now: ${alias}` });
    await checkAlias.click();
    await page.getByText(`The MX records of ${alias} are right`).waitFor();
    await aliasRow.getByText(`Mail for ${alias} reaches the platform`).waitFor();
    await expect.poll(() => checkAlias.isEnabled()).toBe(true);
    expect(await tab.getByText('Not ours').count()).toBe(0);
    // The header follows without a reload.
    await summary
      .getByRole('link', { name: 'MX records point elsewhere' })
      .waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot('domains-mx-04-tab-ok');
    // ...and so does the list, where no domain has a problem left.
    await page.getByRole('link', { name: 'All domains' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    expect(await row.getByRole('img', { name: /^MX records/ }).count()).toBe(0);
    await onlyProblems.check();
    await page.getByText('No domains with MX problems').waitFor();
    await p.screenshot('domains-mx-06-list-no-problems');
    // ...and the dashboard, which has nothing to warn of.
    await openFromMenu(page, 'Dashboard');
    await expect.poll(() => page.getByTestId('stat-domains').innerText()).toMatch(/^\d+$/);
    expect(await page.getByTestId('dashboard-mx-problems').count()).toBe(0);
    await signOut(page);
    await finish(p);
  });

  it("fits a phone: the postmaster's domain page and its tabs", async () => {
    const p = await open({ viewport: { width: 390, height: 844 } });
    const { page } = p;
    await page.goto(server.url());
    await signInMailbox(page, server.url(), POSTMASTER.address, POSTMASTER.password);
    await page.getByRole('heading', { name: 'acme-demo.it', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Client settings' }).click();
    await page.getByText('imap.casella.local').waitFor();
    await p.screenshot('domains-21-postmaster-phone');
    await finish(p);
  });

  it('lets a mailbox owner set an autoresponder and a forward that stay after a reload', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signInMailbox(page, server.url(), MARIO.address, MARIO.password);
    await page.getByRole('heading', { name: 'My mailbox', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/my-mailbox');
    expect(await menuLabels(page)).toEqual(['My mailbox']);
    const details = page.getByRole('region', { name: 'Your mailbox' });
    await details.getByText('2 GB', { exact: true }).waitFor();
    await details.getByText('Not reported yet').waitFor();

    const settings = page.getByRole('region', { name: 'E-mail client settings' });
    await settings.getByRole('button', { name: 'Copy User name' }).click();
    await page.getByText('Copied to the clipboard').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MARIO.address);

    const reply = page.getByRole('region', { name: 'Automatic reply' });
    await reply.getByRole('switch', { name: 'Send an automatic reply' }).check();
    await reply.getByLabel('Subject').fill('Out of office');
    await reply.getByLabel('Message').fill('I am back on 7 January.');
    await reply.getByLabel('From').fill('2026-12-20T09:00');
    await reply.getByLabel('Until').fill('2026-12-19T09:00');
    await reply.getByRole('button', { name: 'Save' }).click();
    await reply.getByText('Must be after the start').waitFor();
    await reply.getByLabel('Until').fill('2027-01-06T18:00');
    await reply.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Automatic reply saved').waitFor();

    const forwarding = page.getByRole('region', { name: 'Forwarding' });
    await forwarding.getByRole('button', { name: 'Add an address' }).click();
    await forwarding.getByLabel('Forward address 1').fill('Mario.Home@Example.org');
    await forwarding.getByRole('switch', { name: 'Keep a copy in this mailbox' }).uncheck();
    await forwarding.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Forwarding saved').waitFor();
    // Saving scrolled the page; from the top the fixed bar stays where it belongs in the shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot('22-my-mailbox');

    await page.reload();
    await page.getByRole('heading', { name: 'My mailbox', level: 1 }).waitFor();
    await expect.poll(() => reply.getByLabel('Subject').inputValue()).toBe('Out of office');
    expect(await reply.getByLabel('Message').inputValue()).toBe('I am back on 7 January.');
    expect(await reply.getByLabel('Until').inputValue()).toBe('2027-01-06T18:00');
    expect(await reply.getByRole('switch', { name: 'Send an automatic reply' }).isChecked()).toBe(
      true,
    );
    expect(await forwarding.getByLabel('Forward address 1').inputValue()).toBe(
      'mario.home@example.org',
    );
    expect(
      await forwarding.getByRole('switch', { name: 'Keep a copy in this mailbox' }).isChecked(),
    ).toBe(false);

    // Panel pages are not there for a mailbox owner; the home page is the mailbox.
    await page.goto(`${server.url()}/customers`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.goto(server.url());
    await page.getByRole('heading', { name: 'My mailbox', level: 1 }).waitFor();
    await signOut(page);
    await finish(p);
  });

  it('gives the postmaster its domain and its mailbox, in Italian too, and no panel page it cannot use', async () => {
    const p = await open();
    const { page } = p;
    await page.goto(server.url());
    await signInMailbox(page, server.url(), POSTMASTER.address, POSTMASTER.password);
    // It lands on its one domain: no list, no verification it could not do, settings to read.
    await page.getByRole('heading', { name: 'acme-demo.it', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/domains\/[^/]+\/mailboxes$/);
    expect(await menuLabels(page)).toEqual(['My domain', 'My mailbox']);
    const tabs = page.getByRole('tablist', { name: 'Domain sections' });
    expect(await tabs.getByRole('tab').allInnerTexts()).toEqual([
      'Mailboxes',
      'Aliases',
      'Domain aliases',
      'Settings',
      'MX records',
      'Client settings',
    ]);
    expect(await page.getByRole('link', { name: 'All domains' }).count()).toBe(0);

    // Its mailboxes, and a new one: the server lets a postmaster add mailboxes.
    const mailboxes = page.getByRole('table', { name: 'Mailboxes of acme-demo.it' });
    await mailboxes.getByText('mario.rossi@acme-demo.it', { exact: true }).waitFor();
    const local = `ufficio-${Math.random().toString(36).slice(2, 8)}`;
    const add = page.getByRole('button', { name: 'New mailbox' });
    await expect.poll(() => add.isEnabled()).toBe(true);
    await add.click();
    const create = page.getByRole('dialog', { name: 'New mailbox on acme-demo.it' });
    await create.getByLabel(/^Address/).fill(local);
    await create
      .getByLabel(/^Password/)
      .first()
      .fill('ufficio-2026');
    await create.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Mailbox ${local}@acme-demo.it created`).waitFor();
    await mailboxes.getByText(`${local}@acme-demo.it`, { exact: true }).waitFor();
    await p.screenshot('domains-19-postmaster-mailboxes');
    // Aliases it manages too; domain aliases it sees, but adding, verifying and deleting
    // them takes domain permissions it does not have.
    await tabs.getByRole('tab', { name: 'Aliases', exact: true }).click();
    await page
      .getByRole('table', { name: 'Aliases of acme-demo.it' })
      .getByText('info@acme-demo.it', { exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: 'New alias' }).isEnabled()).toBe(true);
    await tabs.getByRole('tab', { name: 'Domain aliases', exact: true }).click();
    const domainAliases = page.getByRole('table', { name: 'Domain aliases of acme-demo.it' });
    await domainAliases.getByText('acme-demo.com', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'New domain alias' }).count()).toBe(0);
    expect(await domainAliases.getByRole('button').count()).toBe(0);
    await p.screenshot('domains-19b-postmaster-domain-aliases');

    await tabs.getByRole('tab', { name: 'Settings', exact: true }).click();
    await page.getByText('Your provider or the domain owner changes these settings.').waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete domain' }).count()).toBe(0);
    await p.screenshot('domains-20-postmaster-settings');
    await page.goto(server.url());
    await page.getByRole('heading', { name: 'acme-demo.it', level: 1 }).waitFor();
    await openFromMenu(page, 'My mailbox');
    await page.getByRole('heading', { name: 'My mailbox', level: 1 }).waitFor();
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'Italiano' }).click();
    await page.getByRole('heading', { name: 'La mia casella', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Parametri per il programma di posta' }).waitFor();
    await p.screenshot('23-postmaster-mailbox-italian');
    await signOut(page);
    await finish(p);
  });
});
