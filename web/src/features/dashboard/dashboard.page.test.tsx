import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DashboardStatsQuery as Stats } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { makeViewer, testOrg } from '../../test/viewers';
import { WithViewer } from '../../test/with-viewer';
import type { Viewer } from '../auth/viewer';
import { DashboardPage } from './dashboard.page';
import { DashboardStatsQuery } from './dashboard.graphql';

const stats = (over: Partial<Stats['dashboardStats']> = {}): MockLink.MockedResponse => ({
  request: { query: DashboardStatsQuery },
  result: {
    data: {
      dashboardStats: {
        __typename: 'DashboardStats',
        resellers: 0,
        customers: 2,
        domains: 3,
        mailboxes: 1234,
        users: 4,
        activeApiTokens: 1,
        domainsWithMxProblems: 0,
        ...over,
      },
    },
  },
});

const Opened = () => {
  const { pathname, search } = useLocation();
  return <p>Opened {pathname + search}</p>;
};

const render = (mocks: MockLink.MockedResponse[], viewer: Viewer = makeViewer(), language?: 'it') =>
  renderWithProviders(
    <WithViewer viewer={viewer}>
      <Routes>
        <Route path="/" element={<DashboardPage />} />
        <Route path="*" element={<Opened />} />
      </Routes>
    </WithViewer>,
    { mocks, language },
  );

/** Each tile's label, count and where it leads, in order. */
const tiles = async () => {
  await screen.findByText('1,234');
  return screen
    .getAllByTestId(/^stat-/)
    .map((count) => count.closest('a')!)
    .map((link) => [link.textContent, link.getAttribute('href')]);
};

const acme = testOrg('o-acme', 'Acme S.r.l.', 'CUSTOMER');

describe('the dashboard', () => {
  it('counts the domains and the mailboxes too, each tile leading to its page', async () => {
    render([stats()]);
    expect(await tiles()).toEqual([
      ['Customers2', '/customers'],
      ['Domains3', '/domains'],
      ['Mailboxes1,234', '/domains'],
      ['Panel logins4', '/team'],
      ['Active API tokens1', '/api-tokens'],
    ]);
  });

  it('shows only the tiles of the pages the viewer can open', async () => {
    // A customer's team member without permissions: its domains and mailboxes only.
    render(
      [stats()],
      makeViewer({ organisation: acme, actingAs: acme, role: 'MEMBER', permissions: [] }),
    );
    expect(await tiles()).toEqual([
      ['Domains3', '/domains'],
      ['Mailboxes1,234', '/domains'],
    ]);
  });

  it('says nothing about MX records while no domain has a problem', async () => {
    render([stats({ domainsWithMxProblems: 0 })]);
    await tiles();
    expect(screen.queryByTestId('dashboard-mx-problems')).not.toBeInTheDocument();
    expect(screen.queryByText(/MX problems/)).not.toBeInTheDocument();
  });

  it('warns of the domains with MX problems, linking to the list of just those', async () => {
    render([stats({ domainsWithMxProblems: 2 })]);
    const warning = await screen.findByTestId('dashboard-mx-problems');
    expect(warning).toHaveClass('MuiAlert-colorWarning');
    expect(warning).toHaveAttribute('role', 'status');
    expect(warning).toHaveTextContent('2 domains with MX problems');
    expect(warning).toHaveTextContent('Their mail does not reach the platform');
    const link = within(warning).getByRole('link', { name: 'Show the domains' });
    expect(link).toHaveAttribute('href', '/domains?mx=problems');
    expect(link).toHaveAccessibleDescription('2 domains with MX problems');
    await userEvent.click(link);
    expect(await screen.findByText('Opened /domains?mx=problems')).toBeInTheDocument();
  });

  it('counts one domain in the singular', async () => {
    render([stats({ domainsWithMxProblems: 1 })]);
    const warning = await screen.findByTestId('dashboard-mx-problems');
    expect(warning).toHaveTextContent('1 domain with MX problems');
    expect(warning).toHaveTextContent('Its mail does not reach the platform');
    expect(within(warning).getByRole('link', { name: 'Show the domain' })).toBeInTheDocument();
  });

  it('speaks Italian, singular and plural', async () => {
    const { unmount } = render([stats({ domainsWithMxProblems: 1 })], makeViewer(), 'it');
    const one = await screen.findByTestId('dashboard-mx-problems');
    expect(one).toHaveTextContent('1 dominio con problemi MX');
    expect(within(one).getByRole('link', { name: 'Mostra il dominio' })).toBeInTheDocument();
    unmount();

    render([stats({ domainsWithMxProblems: 12000 })], makeViewer(), 'it');
    const many = await screen.findByTestId('dashboard-mx-problems');
    expect(many).toHaveTextContent('12.000 domini con problemi MX');
    expect(many).toHaveTextContent('La loro posta non arriva alla piattaforma');
    expect(within(many).getByRole('link', { name: 'Mostra i domini' })).toHaveAttribute(
      'href',
      '/domains?mx=problems',
    );
    expect(screen.getByRole('link', { name: /^Caselle/ })).toHaveAttribute('href', '/domains');
  });
});
