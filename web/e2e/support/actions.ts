import type { Page } from 'playwright-core';

/** Signs in through the login form as a panel user. */
export const signIn = async (page: Page, baseUrl: string, login: string, password: string) => {
  if (!page.url().includes('/login')) await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/^(Login name|Nome utente)/).fill(login);
  await page
    .getByLabel(/^Password/)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await page.getByRole('button', { name: /^Account/ }).waitFor();
};

/** Signs in through the login form's Mailbox mode, with the full address. */
export const signInMailbox = async (
  page: Page,
  baseUrl: string,
  address: string,
  password: string,
) => {
  if (!page.url().includes('/login')) await page.goto(`${baseUrl}/login`);
  await page.getByRole('tab', { name: /^(Mailbox|Casella di posta)$/ }).click();
  await page.getByLabel(/^(User or full address|Utente o indirizzo completo)/).fill(address);
  await page
    .getByLabel(/^Password/)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await page.getByRole('button', { name: /^Account/ }).waitFor();
};

/** Signs in through the login form's Mailbox mode, with the user and the domain apart. */
export const signInMailboxUser = async (
  page: Page,
  baseUrl: string,
  user: string,
  domain: string,
  password: string,
) => {
  if (!page.url().includes('/login')) await page.goto(`${baseUrl}/login`);
  await page.getByRole('tab', { name: /^(Mailbox|Casella di posta)$/ }).click();
  await page.getByLabel(/^(User or full address|Utente o indirizzo completo)/).fill(user);
  await page.getByLabel(/^(Domain|Dominio)/).fill(domain);
  await page
    .getByLabel(/^Password/)
    .first()
    .fill(password);
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await page.getByRole('button', { name: /^Account/ }).waitFor();
};

export const signOut = async (page: Page) => {
  await page.getByRole('button', { name: /^(Account)/ }).click();
  await page.getByRole('menuitem', { name: /^(Sign out|Esci)$/ }).click();
  await page.getByRole('heading', { name: /^(Sign in|Accedi)$/ }).waitFor();
};

const sideMenu = (page: Page) =>
  page.getByRole('navigation', { name: /^(Main navigation|Navigazione principale)$/ }).first();

/** The labels of the side menu, in order. */
export const menuLabels = async (page: Page): Promise<string[]> =>
  sideMenu(page).getByRole('link').allInnerTexts();

/** Opens a page from the side menu. */
export const openFromMenu = async (page: Page, label: string) => {
  await sideMenu(page).getByRole('link', { name: label, exact: true }).click();
};

/**
 * A GraphQL call with the page's own session (cookie and CSRF header), for
 * what a test sets up or checks behind the UI's back.
 */
export const gqlAsPage = async <T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> => {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const csrf = document.cookie
        .split(';')
        .map((c) => c.trim().split('='))
        .find(([name]) => name === 'casella_csrf')?.[1];
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': decodeURIComponent(csrf ?? ''),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: unknown; errors?: unknown };
    },
    { query, variables },
  );
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
};
