import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuLabels, openFromMenu, signIn } from './support/actions';
import { chromiumAvailable, launchBrowser, openPage, type TestPage } from './support/browser';
import { startServer, type RunningServer } from './support/casella-server';

// A public address given as a literal: no DNS needed, and nothing is sent to it here.
const PUBLIC_URL = 'https://93.184.215.14/casella/hooks';

describe.skipIf(!chromiumAvailable())('notifications in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let p: TestPage | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await p?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('lets a customer set quota notices and add a webhook endpoint with its secret', async () => {
    p = await openPage(browser);
    const { page } = p;
    await signIn(page, server.url(), 'acme', 'acme-demo-1');
    expect(await menuLabels(page)).toContain('Notifications');
    await openFromMenu(page, 'Notifications');
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();

    // Quota notices by e-mail.
    await page.getByRole('switch', { name: 'Send quota notices by e-mail' }).check();
    await page.getByRole('button', { name: 'Add an address' }).click();
    await page.getByLabel('Address 1').fill('it@acme-demo.it');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Quota notices saved').waitFor();
    await page.getByText('No webhook endpoints').waitFor();
    await p.screenshot('notifications-01-page');

    // An internal address is refused on the field; a public one is added.
    await page.getByRole('button', { name: 'Add endpoint' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New webhook endpoint' });
    await dialog.getByLabel(/^URL/).fill('https://127.0.0.1:9000/hook');
    await dialog.getByRole('checkbox', { name: /Mailbox above 80 %/ }).check();
    p.expectConsoleError(/status of 400/);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText(/This address is private or internal/).waitFor();
    await p.screenshot('notifications-02-private-address-refused');
    await dialog.getByLabel(/^URL/).fill(PUBLIC_URL);
    await dialog.getByLabel(/^Description/).fill('Acme CRM');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Endpoint added').waitFor();
    await page.getByRole('link', { name: PUBLIC_URL }).waitFor();
    await p.screenshot('notifications-03-endpoint-list');

    // Its page: the secret masked, then shown, then rotated after a confirmation.
    await page.getByRole('link', { name: PUBLIC_URL }).click();
    await page.getByRole('heading', { name: 'Delivery log' }).waitFor();
    await page.getByText('Nothing sent yet').waitFor();
    const secret = page.getByTestId('webhook-secret');
    expect(await secret.inputValue()).toMatch(/^whsec_•+$/);
    await page.getByRole('button', { name: 'Show the secret' }).click();
    await expect.poll(() => secret.inputValue()).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const first = await secret.inputValue();
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const confirm = page.getByRole('dialog', { name: 'Make a new signing secret?' });
    await confirm.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByText('New secret made').waitFor();
    await expect.poll(() => secret.inputValue()).not.toBe(first);
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await p.screenshot('notifications-04-endpoint-page');

    // Switched off, and deleted after a confirmation.
    await page.getByRole('switch', { name: 'Enabled' }).uncheck();
    await page.getByText('Endpoint disabled').waitFor();
    expect(await page.getByRole('button', { name: 'Send test event' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this endpoint?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByText('Endpoint deleted').waitFor();
    await page.getByText('No webhook endpoints').waitFor();
    await p.close();
    expect(p.consoleErrors, 'console errors').toEqual([]);
  });
});
