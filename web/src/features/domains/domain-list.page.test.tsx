import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes, useLocation, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer';
import { renderWithProviders } from '../../test/render';
import { makeViewer, testOrg } from '../../test/viewers';
import { WithViewer } from '../../test/with-viewer';
import { DomainListPage } from './domain-list.page';
import { DomainsQuery } from './domains.graphql';
import { testDomainRow } from './test-domain';

type Row = ReturnType<typeof testDomainRow>;

const acme = testOrg('o-acme', 'Acme S.r.l.', 'CUSTOMER');
const customer = makeViewer({ organisation: acme, actingAs: acme, login: 'acme' });

const connection = (rows: Row[]) => ({
  data: {
    domains: {
      __typename: 'DomainConnection' as const,
      totalCount: rows.length,
      pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
      edges: rows.map((node) => ({ __typename: 'DomainEdge' as const, node })),
    },
  },
});

const page = (rows: Row[]) => ({
  request: { query: DomainsQuery, variables: () => true },
  result: connection(rows),
});

interface Filter {
  search?: string;
  state?: string;
  mxProblem?: boolean;
}

/** Answers every list query, keeping the filters it was asked with. */
const server = (answer: (filter: Filter) => Row[]) => {
  const filters: Filter[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: DomainsQuery, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, unknown>) => {
      const filter = (variables.filter ?? {}) as Filter;
      filters.push(filter);
      return connection(answer(filter));
    },
  };
  return { mock, lastFilter: () => filters.at(-1) };
};

const mx = (status: Row['mxCheck']['status']): Pick<Row, 'mxCheck'> => ({
  mxCheck: { __typename: 'DomainMxCheck', status, checkedAt: '2026-11-29T09:00:00Z' },
});

const DomainOpened = () => <p>Opened {useParams().id}</p>;
/** Where the page is, as the address bar would show it. */
const Address = () => {
  const { pathname, search } = useLocation();
  return <p data-testid="address">{pathname + search}</p>;
};
const address = () => screen.getByTestId('address').textContent;

const render = (
  viewer: Viewer,
  mocks: MockLink.MockedResponse[],
  language: 'en' | 'it' = 'en',
  path = '/domains',
) =>
  renderWithProviders(
    <WithViewer viewer={viewer}>
      <Routes>
        <Route path="/domains" element={<DomainListPage />} />
        <Route path="/domains/:id" element={<DomainOpened />} />
      </Routes>
      <Address />
      {/* As the side menu's: the plain list, from wherever. */}
      <Link to="/domains">All domains (menu)</Link>
    </WithViewer>,
    { mocks, path, language },
  );

describe('the domain list', () => {
  it('invites a customer without domains to add the first one', async () => {
    render(customer, [page([])]);
    const empty = await screen.findByRole('status');
    expect(empty).toHaveTextContent('No domains yet');
    await userEvent.click(within(empty).getByRole('button', { name: 'New domain' }));
    expect(await screen.findByRole('dialog', { name: 'New domain' })).toBeInTheDocument();
  });

  it('offers no button to whoever may not add domains', async () => {
    render(makeViewer({ organisation: acme, actingAs: acme, role: 'MEMBER', permissions: [] }), [
      page([]),
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('No domains yet');
    expect(screen.queryByRole('button', { name: 'New domain' })).not.toBeInTheDocument();
  });

  it('says when it could not load, and tries again', async () => {
    render(customer, [
      { request: { query: DomainsQuery, variables: () => true }, error: new Error('down') },
      page([testDomainRow()]),
    ]);
    expect(await screen.findByText('This could not be loaded.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'acme-demo.it' })).toBeInTheDocument();
  });

  it('shows the Unicode name with its DNS form, state, ownership and allowance; a row opens', async () => {
    const idn = testDomainRow({
      id: 'dom-citta',
      name: 'città.it',
      asciiName: 'xn--citt-3na.it',
      state: 'AWAITING_VERIFICATION',
      verifiedBy: null,
      verifiedAt: null,
      mailboxCount: 0,
      remainingMailboxes: null,
    });
    render(customer, [page([testDomainRow(), idn])]);
    const table = await screen.findByRole('table', { name: 'Domains' });
    await within(table).findByText('città.it');
    const row = within(table).getByText('città.it').closest('tr')!;
    expect(row).toHaveTextContent('xn--citt-3na.it');
    expect(row).toHaveTextContent('Awaiting verification');
    expect(within(row).getByRole('img', { name: 'Ownership not verified yet' })).toBeVisible();
    expect(row).toHaveTextContent('no limit');
    const verified = within(table).getByText('acme-demo.it').closest('tr')!;
    expect(
      within(verified).getByRole('img', { name: /^Ownership verified by DNS on/ }),
    ).toBeVisible();
    expect(verified).toHaveTextContent('7 more allowed');
    // A customer sees its own domains only: no customer column.
    expect(within(table).queryByRole('columnheader', { name: 'Customer' })).toBeNull();
    await userEvent.click(within(row).getByText('Awaiting verification'));
    expect(await screen.findByText('Opened dom-citta')).toBeInTheDocument();
  });

  it('names the customer of each domain for a reseller, in Italian too', async () => {
    render(makeViewer(), [page([testDomainRow()])], 'it');
    const table = await screen.findByRole('table', { name: 'Domini' });
    expect(await within(table).findByRole('columnheader', { name: 'Cliente' })).toBeVisible();
    // Found, not got: the header is there while the rows are still skeletons.
    const row = (await within(table).findByText('acme-demo.it')).closest('tr')!;
    expect(row).toHaveTextContent('Acme S.r.l.');
    expect(row).not.toHaveTextContent('Cliente sospeso');
  });

  it('marks the domains of a suspended customer, whose own state is kept', async () => {
    render(makeViewer(), [page([testDomainRow({ customerSuspended: true })])]);
    const row = (await screen.findByText('acme-demo.it')).closest('tr')!;
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('Customer suspended');
  });

  it('flags an active domain whose MX records need a look, beside its state', async () => {
    const rows = [
      testDomainRow({ id: 'd-ok', name: 'ok.it', asciiName: 'ok.it', ...mx('OK') }),
      testDomainRow({ id: 'd-wrong', name: 'wrong.it', asciiName: 'wrong.it', ...mx('WRONG') }),
      testDomainRow({ id: 'd-none', name: 'none.it', asciiName: 'none.it', ...mx('MISSING') }),
      testDomainRow({
        id: 'd-failed',
        name: 'failed.it',
        asciiName: 'failed.it',
        ...mx('LOOKUP_FAILED'),
      }),
      testDomainRow({ id: 'd-new', name: 'new.it', asciiName: 'new.it', ...mx('UNKNOWN') }),
      // Not active yet: its MX records may well not have moved.
      testDomainRow({
        id: 'd-pending',
        name: 'pending.it',
        asciiName: 'pending.it',
        state: 'AWAITING_VERIFICATION',
        verifiedAt: null,
        verifiedBy: null,
        ...mx('WRONG'),
      }),
    ];
    render(customer, [page(rows)]);
    const table = await screen.findByRole('table', { name: 'Domains' });
    const row = async (name: string) => (await within(table).findByText(name)).closest('tr')!;
    const mxIcons = async (name: string) =>
      within(await row(name))
        .queryAllByRole('img')
        .filter((img) => /MX/.test(img.getAttribute('aria-label') ?? ''))
        .map((img) => img.getAttribute('aria-label'));
    expect(await mxIcons('wrong.it')).toEqual(['MX records point elsewhere']);
    expect(await mxIcons('none.it')).toEqual(['No MX records']);
    expect(await mxIcons('failed.it')).toEqual(['MX records could not be checked']);
    for (const calm of ['ok.it', 'new.it', 'pending.it']) expect(await mxIcons(calm)).toEqual([]);
    // Reachable from the keyboard, its words in a tooltip too.
    const icon = within(await row('wrong.it')).getByRole('img', {
      name: 'MX records point elsewhere',
    });
    act(() => icon.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent('MX records point elsewhere');
  });

  it('lists only the domains with MX problems, with the other filters too', async () => {
    const wrong = testDomainRow({
      id: 'd-wrong',
      name: 'wrong.it',
      asciiName: 'wrong.it',
      ...mx('WRONG'),
    });
    const { mock, lastFilter } = server((f) =>
      f.mxProblem ? (f.search ? [] : [wrong]) : [testDomainRow(), wrong],
    );
    render(customer, [mock]);
    const table = await screen.findByRole('table', { name: 'Domains' });
    await within(table).findByText('acme-demo.it');
    expect(lastFilter()?.mxProblem).toBeUndefined();

    const only = screen.getByRole('switch', { name: 'Only domains with MX problems' });
    await userEvent.click(only);
    // Both at once: the rows are skeletons while the filtered page loads.
    await waitFor(() => {
      expect(within(table).queryByText('acme-demo.it')).toBeNull();
      expect(within(table).getByText('wrong.it')).toBeInTheDocument();
    });
    expect(lastFilter()).toEqual({ mxProblem: true });

    await userEvent.click(screen.getByRole('combobox', { name: 'State' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Active' }));
    await waitFor(() => expect(lastFilter()).toEqual({ state: 'ACTIVE', mxProblem: true }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'bottega');
    await waitFor(() =>
      expect(lastFilter()).toEqual({ search: 'bottega', state: 'ACTIVE', mxProblem: true }),
    );
    expect(await screen.findByText('No domains match')).toBeInTheDocument();

    await userEvent.click(only);
    await waitFor(() => expect(lastFilter()).toEqual({ search: 'bottega', state: 'ACTIVE' }));
  });

  it('says, in Italian too, when no domain has MX problems', async () => {
    const { mock, lastFilter } = server((f) => (f.mxProblem ? [] : [testDomainRow()]));
    render(customer, [mock], 'it');
    await screen.findByText('acme-demo.it');
    await userEvent.click(screen.getByRole('switch', { name: 'Solo i domini con problemi MX' }));
    const empty = await screen.findByText('Nessun dominio con problemi MX');
    expect(empty.closest('[role="status"]')).toHaveTextContent(
      'I record MX di tutti i domini controllati puntano alla piattaforma.',
    );
    expect(lastFilter()).toEqual({ mxProblem: true });
    // Nothing to add: the empty state is good news, not an invitation.
    expect(screen.queryAllByRole('button', { name: 'Nuovo dominio' })).toHaveLength(1);
  });

  it('opens filtered as a link asks (?mx=problems), and keeps that after a reload', async () => {
    const wrong = testDomainRow({
      id: 'd-wrong',
      name: 'wrong.it',
      asciiName: 'wrong.it',
      ...mx('WRONG'),
    });
    const first = server((f) => (f.mxProblem ? [wrong] : [testDomainRow(), wrong]));
    const view = render(customer, [first.mock], 'en', '/domains?mx=problems');
    const table = await screen.findByRole('table', { name: 'Domains' });
    expect(await within(table).findByText('wrong.it')).toBeInTheDocument();
    expect(within(table).queryByText('acme-demo.it')).toBeNull();
    expect(first.lastFilter()).toEqual({ mxProblem: true });
    expect(screen.getByRole('switch', { name: 'Only domains with MX problems' })).toBeChecked();
    expect(address()).toBe('/domains?mx=problems');

    // A reload starts from the same address.
    view.unmount();
    const again = server((f) => (f.mxProblem ? [wrong] : [testDomainRow(), wrong]));
    render(customer, [again.mock], 'en', '/domains?mx=problems');
    expect(
      await screen.findByRole('switch', { name: 'Only domains with MX problems' }),
    ).toBeChecked();
    await screen.findByText('wrong.it');
    expect(again.lastFilter()).toEqual({ mxProblem: true });
  });

  it('reads the search and the state from the address too, ignoring what it does not know', async () => {
    const { mock, lastFilter } = server(() => [testDomainRow()]);
    render(customer, [mock], 'it', '/domains?q=acme&state=ACTIVE&mx=maybe');
    await screen.findByText('acme-demo.it');
    expect(lastFilter()).toEqual({ search: 'acme', state: 'ACTIVE' });
    expect(screen.getByRole('searchbox', { name: 'Cerca' })).toHaveValue('acme');
    expect(screen.getByRole('combobox', { name: 'Stato' })).toHaveTextContent('Attivo');
    expect(screen.getByRole('switch', { name: 'Solo i domini con problemi MX' })).not.toBeChecked();
  });

  it('writes the filters into the address as they change, and drops them with the menu link', async () => {
    const { mock, lastFilter } = server((f) =>
      f.search || f.state || f.mxProblem ? [] : [testDomainRow()],
    );
    render(customer, [mock]);
    await screen.findByText('acme-demo.it');
    expect(address()).toBe('/domains');

    const only = screen.getByRole('switch', { name: 'Only domains with MX problems' });
    await userEvent.click(only);
    await waitFor(() => expect(address()).toBe('/domains?mx=problems'));
    await userEvent.click(screen.getByRole('combobox', { name: 'State' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Disabled' }));
    await waitFor(() => expect(address()).toBe('/domains?state=DISABLED&mx=problems'));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'città');
    await waitFor(() => expect(address()).toBe('/domains?q=citt%C3%A0&state=DISABLED&mx=problems'));
    await waitFor(() =>
      expect(lastFilter()).toEqual({ search: 'città', state: 'DISABLED', mxProblem: true }),
    );
    expect(await screen.findByText('No domains match')).toBeInTheDocument();
    await userEvent.click(only);
    await waitFor(() => expect(address()).toBe('/domains?q=citt%C3%A0&state=DISABLED'));

    // The plain list again: every filter goes, the search box's text with them.
    await userEvent.click(screen.getByRole('link', { name: 'All domains (menu)' }));
    expect(await screen.findByRole('link', { name: 'acme-demo.it' })).toBeInTheDocument();
    expect(address()).toBe('/domains');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveTextContent('All states');
    expect(only).not.toBeChecked();
  });

  it('goes back to the first page when the filters change, here or by a link', async () => {
    const afters: unknown[] = [];
    const rows = Array.from({ length: 25 }, (_, i) =>
      testDomainRow({ id: `d-${i}`, name: `d${i}.it`, asciiName: `d${i}.it` }),
    );
    const mock: MockLink.MockedResponse = {
      request: { query: DomainsQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: Record<string, unknown>) => {
        afters.push(variables.after);
        const { domains } = connection(rows).data;
        // 60 domains, 25 a page: the second page starts after the first's last.
        return {
          data: {
            domains: {
              ...domains,
              totalCount: 60,
              pageInfo: { __typename: 'PageInfo', endCursor: 'c25', hasNextPage: true },
            },
          },
        };
      },
    };
    render(customer, [mock]);
    await screen.findByText('d0.it');
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(afters.at(-1)).toBe('c25'));
    await userEvent.click(screen.getByRole('switch', { name: 'Only domains with MX problems' }));
    await waitFor(() => expect(afters.at(-1)).toBeNull());
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(afters.at(-1)).toBe('c25'));
    await userEvent.click(screen.getByRole('link', { name: 'All domains (menu)' }));
    await waitFor(() => expect(screen.getByText('1–25 of 60')).toBeInTheDocument());
  });
});
