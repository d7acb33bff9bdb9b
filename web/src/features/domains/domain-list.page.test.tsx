import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer';
import { renderWithProviders } from '../../test/render';
import { makeViewer, testOrg } from '../../test/viewers';
import { WithViewer } from '../../test/with-viewer';
import { DomainListPage } from './domain-list.page';
import { DomainsQuery } from './domains.graphql';
import { testDomainRow } from './test-domain';

const acme = testOrg('o-acme', 'Acme S.r.l.', 'CUSTOMER');
const customer = makeViewer({ organisation: acme, actingAs: acme, login: 'acme' });

const page = (rows: ReturnType<typeof testDomainRow>[]) => ({
  request: { query: DomainsQuery, variables: () => true },
  result: {
    data: {
      domains: {
        __typename: 'DomainConnection' as const,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
        edges: rows.map((node) => ({ __typename: 'DomainEdge' as const, node })),
      },
    },
  },
});

const DomainOpened = () => <p>Opened {useParams().id}</p>;

const render = (viewer: Viewer, mocks: MockLink.MockedResponse[], language: 'en' | 'it' = 'en') =>
  renderWithProviders(
    <WithViewer viewer={viewer}>
      <Routes>
        <Route path="/domains" element={<DomainListPage />} />
        <Route path="/domains/:id" element={<DomainOpened />} />
      </Routes>
    </WithViewer>,
    { mocks, path: '/domains', language },
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
});
