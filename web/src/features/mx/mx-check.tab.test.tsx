import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DomainState } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { MxCheckTab } from './mx-check.tab';
import { CheckDomainMxMutation, MxDomainAliasesQuery, MxDomainQuery } from './mx.graphql';
import { MX_CHECKS, mxAliasesResult, testMxAlias, testMxDomain } from './test-mx-check';

const ID = 'dom-acme';
const loaded = (domain = testMxDomain()): MockLink.MockedResponse => ({
  request: { query: MxDomainQuery, variables: { id: ID } },
  result: { data: { domain } },
});
const checked = (domain = testMxDomain(MX_CHECKS.OK), delay = 0): MockLink.MockedResponse => ({
  request: { query: CheckDomainMxMutation, variables: { id: ID } },
  result: { data: { checkDomainMx: domain } },
  delay,
});
const refused = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  request: { query: CheckDomainMxMutation, variables: { id: ID } },
  result: { errors: [{ message, extensions: { code, ...extra } }] },
});

const renderTab = (
  mocks: MockLink.MockedResponse[],
  {
    state = 'ACTIVE',
    language,
    aliases = [],
  }: { state?: DomainState; language?: 'it'; aliases?: ReturnType<typeof testMxAlias>[] } = {},
) =>
  renderWithProviders(
    <MxCheckTab
      domain={{ id: ID, name: 'acme-demo.it', asciiName: 'acme-demo.it', state }}
      asPostmaster={false}
    />,
    {
      mocks: [
        ...mocks,
        {
          request: { query: MxDomainAliasesQuery, variables: { domainId: ID, first: 100 } },
          result: mxAliasesResult(aliases),
        },
      ],
      language,
    },
  );

const summary = () => screen.findByTestId('mx-summary');
const seen = () => screen.getByRole('table', { name: 'MX records found' });
const rowOf = (table: HTMLElement, host: string) => within(table).getByText(host).closest('tr')!;

describe('the MX tab', () => {
  it('says mail reaches the platform, with the records to publish, each host copyable', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.OK))]);
    const box = await summary();
    expect(box).toHaveTextContent('Mail for acme-demo.it reaches the platform');
    expect(box).toHaveClass('MuiAlert-colorSuccess');
    const expected = screen.getByRole('table', { name: 'MX records to publish' });
    expect(
      within(expected)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['PriorityMail server', '10mx1.casella.local', '20mx2.casella.local']);
    for (const host of ['mx1.casella.local', 'mx2.casella.local'])
      expect(
        within(expected).getByRole('button', { name: `Copy mail server ${host}` }),
      ).toBeInTheDocument();
    expect(screen.getByText(/^Last check: /)).toBeInTheDocument();
    expect(within(seen()).getAllByRole('row')).toHaveLength(3);
    expect(within(seen()).queryByText('Not ours')).not.toBeInTheDocument();
  });

  it('names the hosts that are not the platform’s, and marks them in what the check saw', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.WRONG))]);
    const box = await summary();
    expect(box).toHaveClass('MuiAlert-colorError');
    expect(box).toHaveTextContent('MX records point elsewhere');
    expect(box).toHaveTextContent(
      'Mail for acme-demo.it goes, at least in part, to servers that are not ours: mx.vecchio-provider.example.',
    );
    expect(box).not.toHaveTextContent('accepts no mail');
    expect(rowOf(seen(), 'mx.vecchio-provider.example')).toHaveTextContent('Not ours');
    expect(rowOf(seen(), 'mx1.casella.local')).not.toHaveTextContent('Not ours');
  });

  it('explains a null MX as a domain that accepts no mail', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.NULL_MX))]);
    const box = await summary();
    expect(box).toHaveClass('MuiAlert-colorError');
    expect(box).toHaveTextContent('acme-demo.it accepts no mail');
    expect(box).toHaveTextContent(
      'acme-demo.it declares that it accepts no mail (a null MX record, “.”)',
    );
    expect(box).not.toHaveTextContent('point elsewhere');
    expect(box).not.toHaveTextContent('servers that are not ours');
    expect(rowOf(seen(), '.')).toHaveTextContent('Null MX: accepts no mail');
  });

  it('says when the domain publishes no MX record', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.MISSING))]);
    const box = await summary();
    expect(box).toHaveClass('MuiAlert-colorError');
    expect(box).toHaveTextContent('No MX records');
    expect(box).toHaveTextContent('acme-demo.it publishes no MX record');
    expect(screen.getByText('It found no MX records.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'MX records found' })).not.toBeInTheDocument();
  });

  it('tells a name missing from DNS apart from one without MX records', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.NO_NAME))]);
    const box = await summary();
    expect(box).toHaveClass('MuiAlert-colorError');
    expect(box).toHaveTextContent('acme-demo.it does not exist in DNS');
    expect(box).not.toHaveTextContent('publishes no MX record');
  });

  it('warns, without alarm, when the DNS did not answer', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.LOOKUP_FAILED))]);
    const box = await summary();
    expect(box).toHaveClass('MuiAlert-colorWarning');
    expect(box).toHaveTextContent('MX records could not be checked');
    expect(
      screen.getByText('The DNS did not answer, so no records could be read.'),
    ).toBeInTheDocument();
  });

  it('says a domain not checked yet is checked every day', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.UNKNOWN))]);
    const box = await summary();
    expect(box).toHaveClass('MuiAlert-colorInfo');
    expect(box).toHaveTextContent('Not checked yet');
    expect(box).toHaveTextContent('MX records are checked automatically every day.');
    expect(screen.getByText('Never checked.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'MX records to publish' })).toBeInTheDocument();
  });

  it('shows a domain not active yet too, noting that daily checks start once it is', async () => {
    const pending = { state: 'AWAITING_VERIFICATION' as const };
    renderTab([loaded(testMxDomain(MX_CHECKS.WRONG, pending))], pending);
    const box = await summary();
    // Not moved yet is expected before activation: a warning, not an error.
    expect(box).toHaveClass('MuiAlert-colorWarning');
    expect(box).toHaveTextContent('mx.vecchio-provider.example');
    expect(box).toHaveTextContent('Automatic daily checks start once the domain is active');
    expect(screen.getByRole('button', { name: 'Check now' })).toBeEnabled();
  });

  it('checks now: busy while it runs, then shows and announces the new status', async () => {
    renderTab([loaded(), checked(testMxDomain(MX_CHECKS.WRONG), 100)]);
    const check = await screen.findByRole('button', { name: 'Check now' });
    await userEvent.click(check);
    expect(check).toBeDisabled();
    expect(check).toHaveAttribute('aria-busy', 'true');
    // The result is announced from a polite live region (the notice has its own).
    const live = screen.getByText('Checking…').closest('[role="status"]');
    expect(live).toHaveAttribute('aria-live', 'polite');
    await waitFor(async () =>
      expect(await summary()).toHaveTextContent('MX records point elsewhere'),
    );
    expect(await summary()).toHaveTextContent('mx.vecchio-provider.example');
    // The notice comes once the mutation's promise settles, which can be a tick after the cache update.
    expect(
      await screen.findByText('Checked: the MX records of acme-demo.it point elsewhere'),
    ).toBeInTheDocument();
    await waitFor(() => expect(check).toBeEnabled());
    expect(check).toHaveAttribute('aria-busy', 'false');
    expect(live).toHaveTextContent(/^Last check: /);
    expect(live).not.toHaveTextContent('Checking…');
  });

  it('says so when a check finds the records right', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.MISSING)), checked()]);
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('The MX records of acme-demo.it are right')).toBeInTheDocument();
    expect(await summary()).toHaveTextContent('Mail for acme-demo.it reaches the platform');
  });

  it('says how long to wait when the records were checked a moment ago', async () => {
    renderTab([
      loaded(testMxDomain(MX_CHECKS.WRONG)),
      refused('RATE_LIMITED', 'The MX records were checked a moment ago.', {
        retryAfterSeconds: 7,
      }),
    ]);
    const check = await screen.findByRole('button', { name: 'Check now' });
    await userEvent.click(check);
    const wait = await screen.findByText(
      'The MX records were checked a moment ago: wait 7 s before checking again.',
    );
    // Nothing went wrong: a note, not an error.
    expect(wait.closest('.MuiAlert-root')).toHaveClass('MuiAlert-colorInfo');
    await waitFor(() => expect(check).toBeEnabled());
    // The last known status stays.
    expect(await summary()).toHaveTextContent('MX records point elsewhere');
  });

  it('says in its own words when the check fails otherwise', async () => {
    renderTab([loaded(), refused('NOT_FOUND', 'Domain not found.')]);
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }));
    const failure = await screen.findByText('It no longer exists.');
    expect(failure.closest('.MuiAlert-root')).toHaveClass('MuiAlert-colorError');
  });

  it('speaks Italian', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.WRONG)), checked()], { language: 'it' });
    const box = await summary();
    expect(box).toHaveTextContent('I record MX puntano altrove');
    expect(box).toHaveTextContent(
      'La posta per acme-demo.it finisce, almeno in parte, su server che non sono nostri: mx.vecchio-provider.example.',
    );
    expect(
      within(screen.getByRole('table', { name: 'Record MX trovati' })).getByText('Esterno'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Copia server di posta mx1.casella.local' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Verifica ora' }));
    expect(
      await screen.findByText('I record MX di acme-demo.it sono corretti'),
    ).toBeInTheDocument();
    expect(await summary()).toHaveTextContent('La posta per acme-demo.it arriva alla piattaforma');
  });

  it('lists the domain aliases under the domain’s own check, without repeating the records', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.OK))], {
      aliases: [testMxAlias(MX_CHECKS.WRONG)],
    });
    const section = await screen.findByRole('region', { name: 'Domain aliases' });
    const list = await within(section).findByRole('list', {
      name: 'MX checks of the domain aliases of acme-demo.it',
    });
    expect(within(list).getByRole('heading', { name: 'acme-demo.com' })).toBeInTheDocument();
    expect(list).toHaveTextContent('MX records point elsewhere');
    // Below what the domain's last check found, and without a table of its own.
    const seenSection = screen.getByRole('region', { name: 'What the last check found' });
    expect(seenSection.compareDocumentPosition(section)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.getAllByRole('table', { name: 'MX records to publish' })).toHaveLength(1);
    // Each "Check now" is named for what it checks.
    expect(screen.getByRole('button', { name: 'Check now' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check now: acme-demo.com' })).toBeInTheDocument();
  });

  it('says in one line that the domain has no aliases', async () => {
    renderTab([loaded(testMxDomain(MX_CHECKS.OK))]);
    const section = await screen.findByRole('region', { name: 'Domain aliases' });
    expect(await within(section).findByText('acme-demo.it has no domain aliases.')).toBeVisible();
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
  });

  it('offers to try again when it could not load', async () => {
    renderTab([
      { request: { query: MxDomainQuery, variables: { id: ID } }, error: new Error('down') },
      loaded(testMxDomain(MX_CHECKS.OK)),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await summary()).toHaveTextContent('reaches the platform');
  });
});
