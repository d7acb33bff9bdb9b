import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DomainState, MxDomainAliasFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { MxAliasChecks } from './mx-alias-checks.component';
import { CheckDomainAliasMxMutation, MxDomainAliasesQuery } from './mx.graphql';
import { MX_CHECKS, mxAliasesResult, testMxAlias } from './test-mx-check';

const DOMAIN_ID = 'dom-acme';
const COM = testMxAlias(MX_CHECKS.WRONG);

const listed = (
  aliases: MxDomainAliasFragment[],
  totalCount?: number,
): MockLink.MockedResponse => ({
  request: { query: MxDomainAliasesQuery, variables: { domainId: DOMAIN_ID, first: 100 } },
  result: mxAliasesResult(aliases, totalCount),
});
const checked = (alias: MxDomainAliasFragment, delay = 0): MockLink.MockedResponse => ({
  request: { query: CheckDomainAliasMxMutation, variables: { id: alias.id } },
  result: { data: { checkDomainAliasMx: alias } },
  delay,
});
const refused = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  request: { query: CheckDomainAliasMxMutation, variables: { id: COM.id } },
  result: { errors: [{ message, extensions: { code, ...extra } }] },
});

const renderSection = (
  mocks: MockLink.MockedResponse[],
  { state = 'ACTIVE', language }: { state?: DomainState; language?: 'it' } = {},
) =>
  renderWithProviders(<MxAliasChecks domain={{ id: DOMAIN_ID, name: 'acme-demo.it', state }} />, {
    mocks,
    language,
  });

/** The list item of an alias, found once the list has loaded. */
const rowOf = async (name: string) => {
  const heading = await screen.findByRole('heading', { name });
  const row = heading.closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
/** The status in words, and which icon stands beside it (MUI names each icon's test id). */
const statusOf = async (name: string) => {
  const row = await rowOf(name);
  return {
    words: within(row).getByTestId('mx-alias-status').textContent,
    icon: row.querySelector('svg[data-testid]')?.getAttribute('data-testid'),
    text: row.textContent ?? '',
  };
};

const alias = (name: string, check: Parameters<typeof testMxAlias>[0], state?: DomainState) =>
  testMxAlias(check, { id: `dal-${name}`, name, asciiName: name, ...(state ? { state } : {}) });

describe('the domain aliases in the MX tab', () => {
  it('gives each alias its status in words beside its icon, the foreign hosts when wrong', async () => {
    renderSection([
      listed([
        alias('ok.example', MX_CHECKS.OK),
        alias('wrong.example', MX_CHECKS.WRONG),
        alias('nullmx.example', MX_CHECKS.NULL_MX),
        alias('missing.example', MX_CHECKS.MISSING),
        alias('noname.example', MX_CHECKS.NO_NAME),
        alias('failed.example', MX_CHECKS.LOOKUP_FAILED),
        alias('new.example', MX_CHECKS.UNKNOWN),
      ]),
    ]);
    expect(await statusOf('ok.example')).toMatchObject({
      words: 'Mail for ok.example reaches the platform',
      icon: 'CheckCircleOutlineIcon',
    });
    const wrong = await statusOf('wrong.example');
    expect(wrong).toMatchObject({ words: 'MX records point elsewhere', icon: 'ErrorOutlineIcon' });
    expect(wrong.text).toContain('Not ours: mx.vecchio-provider.example');
    expect(wrong.text).toMatch(/Last check: /);
    expect(await statusOf('nullmx.example')).toMatchObject({
      words: 'nullmx.example accepts no mail',
      icon: 'ErrorOutlineIcon',
    });
    const missing = await statusOf('missing.example');
    expect(missing).toMatchObject({ words: 'No MX records', icon: 'ErrorOutlineIcon' });
    expect(missing.text).not.toContain('does not exist in DNS');
    expect((await statusOf('noname.example')).text).toContain('The name does not exist in DNS.');
    expect(await statusOf('failed.example')).toMatchObject({
      words: 'MX records could not be checked',
      icon: 'WarningAmberOutlinedIcon',
    });
    const fresh = await statusOf('new.example');
    expect(fresh).toMatchObject({ words: 'Not checked yet', icon: 'HelpOutlineIcon' });
    expect(fresh.text).toContain('Never checked.');
    // The records to publish are the domain's, shown once above.
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Each domain alias needs the same MX records as acme-demo.it (above), published under its own name.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the problem of an alias not active yet calmly, with its state', async () => {
    renderSection([listed([alias('pending.example', MX_CHECKS.WRONG, 'AWAITING_VERIFICATION')])]);
    const pending = await statusOf('pending.example');
    expect(pending).toMatchObject({
      words: 'MX records point elsewhere',
      icon: 'WarningAmberOutlinedIcon',
    });
    expect(pending.text).toContain('Awaiting verification');
    expect(pending.text).toContain('Checked automatically once both the alias and its domain');
  });

  it('shows calmly the problem of an active alias whose domain is not active', async () => {
    renderSection([listed([COM])], { state: 'DISABLED' });
    const com = await statusOf('acme-demo.com');
    expect(com.icon).toBe('WarningAmberOutlinedIcon');
    expect(com.text).toContain('Checked automatically once both the alias and its domain');
    // Its own state is fine: no chip for it.
    expect(com.text).not.toContain('Active');
  });

  it('says in one line that there are no aliases, with no empty list', async () => {
    renderSection([listed([])]);
    expect(await screen.findByText('acme-demo.it has no domain aliases.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says how many are not shown when there are more than a page', async () => {
    renderSection([listed([COM, alias('other.example', MX_CHECKS.OK)], 120)]);
    expect(await screen.findByText('The first 2 of 120 domain aliases are shown.')).toBeVisible();
  });

  it('shows progress while loading, and offers to try again when it could not load', async () => {
    renderSection([
      {
        request: { query: MxDomainAliasesQuery, variables: { domainId: DOMAIN_ID, first: 100 } },
        error: new Error('down'),
      },
      listed([COM]),
    ]);
    expect(screen.getByRole('progressbar', { name: 'Loading the domain aliases…' })).toBeVisible();
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect((await statusOf('acme-demo.com')).words).toBe('MX records point elsewhere');
  });

  it('checks one alias now: busy while it runs, then shows and announces its new status', async () => {
    const other = alias('other.example', MX_CHECKS.MISSING);
    renderSection([listed([COM, other]), checked(testMxAlias(MX_CHECKS.OK), 100)]);
    const check = await screen.findByRole('button', { name: 'Check now: acme-demo.com' });
    await userEvent.click(check);
    expect(check).toBeDisabled();
    expect(check).toHaveAttribute('aria-busy', 'true');
    const live = within(await rowOf('acme-demo.com'))
      .getByText('Checking…')
      .closest('[role="status"]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    // The other alias is not being checked.
    expect(screen.getByRole('button', { name: 'Check now: other.example' })).toBeEnabled();
    await waitFor(async () =>
      expect((await statusOf('acme-demo.com')).words).toBe(
        'Mail for acme-demo.com reaches the platform',
      ),
    );
    expect(
      await screen.findByText('The MX records of acme-demo.com are right'),
    ).toBeInTheDocument();
    await waitFor(() => expect(check).toBeEnabled());
    expect(check).toHaveAttribute('aria-busy', 'false');
    expect((await statusOf('acme-demo.com')).text).not.toContain('Not ours');
    expect((await statusOf('other.example')).words).toBe('No MX records');
  });

  it('announces a check that still finds the records wrong', async () => {
    renderSection([listed([testMxAlias(MX_CHECKS.UNKNOWN)]), checked(COM)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Check now: acme-demo.com' }));
    expect(
      await screen.findByText('Checked: the MX records of acme-demo.com point elsewhere'),
    ).toBeInTheDocument();
    expect((await statusOf('acme-demo.com')).text).toContain(
      'Not ours: mx.vecchio-provider.example',
    );
  });

  it('says how long to wait when the alias was checked a moment ago', async () => {
    renderSection([
      listed([COM]),
      refused('RATE_LIMITED', 'The MX records were checked a moment ago.', {
        retryAfterSeconds: 4,
      }),
    ]);
    const check = await screen.findByRole('button', { name: 'Check now: acme-demo.com' });
    await userEvent.click(check);
    const wait = await screen.findByText(
      'The MX records were checked a moment ago: wait 4 s before checking again.',
    );
    expect(wait.closest('.MuiAlert-root')).toHaveClass('MuiAlert-colorInfo');
    expect(wait.closest('li')).toBe(await rowOf('acme-demo.com'));
    await waitFor(() => expect(check).toBeEnabled());
    expect((await statusOf('acme-demo.com')).words).toBe('MX records point elsewhere');
  });

  it('says in its own words when the check fails otherwise', async () => {
    renderSection([listed([COM]), refused('NOT_FOUND', 'Domain alias not found.')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Check now: acme-demo.com' }));
    const failure = await screen.findByText('It no longer exists.');
    expect(failure.closest('.MuiAlert-root')).toHaveClass('MuiAlert-colorError');
  });

  it('speaks Italian', async () => {
    renderSection([listed([COM]), checked(testMxAlias(MX_CHECKS.OK))], { language: 'it' });
    expect(
      await screen.findByRole('list', { name: 'Controlli MX dei domini alias di acme-demo.it' }),
    ).toBeInTheDocument();
    const com = await statusOf('acme-demo.com');
    expect(com.words).toBe('I record MX puntano altrove');
    expect(com.text).toContain('Esterni: mx.vecchio-provider.example');
    await userEvent.click(screen.getByRole('button', { name: 'Verifica ora: acme-demo.com' }));
    expect(
      await screen.findByText('I record MX di acme-demo.com sono corretti'),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await statusOf('acme-demo.com')).words).toBe(
        'La posta per acme-demo.com arriva alla piattaforma',
      ),
    );
  });
});
