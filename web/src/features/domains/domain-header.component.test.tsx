import type { MockLink } from '@apollo/client/testing';
import { useQuery } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PERMISSIONS, RESELLER_ONLY_PERMISSIONS } from '@casella/shared';
import { describe, expect, it } from 'vitest';
import type { DomainRowFragment, DomainState, MxStatus } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { makeViewer, testOrg } from '../../test/viewers';
import { WithViewer } from '../../test/with-viewer';
import type { Viewer } from '../auth/viewer';
import { MxCheckTab } from '../mx/mx-check.tab';
import { CheckDomainMxMutation, MxDomainQuery } from '../mx/mx.graphql';
import { MX_CHECKS, testMxDomain } from '../mx/test-mx-check';
import { DomainHeader } from './domain-header.component';
import {
  DisableDomainMutation,
  DomainQuery,
  EnableDomainMutation,
  ReactivateDomainMutation,
  SuspendDomainMutation,
} from './domains.graphql';
import { testDomain, testDomainRow } from './test-domain';

const acme = testOrg('o-acme', 'Acme S.r.l.', 'CUSTOMER');
// As the API describes a customer's administrator: no reseller-only permissions.
const customer = makeViewer({
  organisation: acme,
  actingAs: acme,
  login: 'acme',
  permissions: PERMISSIONS.filter((p) => !RESELLER_ONLY_PERMISSIONS.includes(p)),
});
const reseller = makeViewer();

const loaded = (over: Partial<DomainRowFragment> = {}) => ({
  request: { query: DomainQuery, variables: { id: 'dom-acme' } },
  result: { data: { domain: testDomain({}, over) } },
});

const changed = (
  query:
    | typeof DisableDomainMutation
    | typeof EnableDomainMutation
    | typeof SuspendDomainMutation
    | typeof ReactivateDomainMutation,
  field: string,
  over: Partial<DomainRowFragment>,
) => ({
  request: { query, variables: { id: 'dom-acme' } },
  result: { data: { [field]: testDomainRow(over) } },
});

/** The header as the domain page shows it: from the domain query, so it follows the cache. */
const Page = () => {
  const { data } = useQuery(DomainQuery, { variables: { id: 'dom-acme' } });
  return data ? <DomainHeader domain={data.domain} /> : null;
};

const render = (viewer: Viewer, mocks: MockLink.MockedResponse[], language: 'en' | 'it' = 'en') =>
  renderWithProviders(
    <WithViewer viewer={viewer}>
      <Page />
    </WithViewer>,
    { mocks, language },
  );

const summary = () => screen.findByTestId('domain-summary');

describe('the domain header’s state actions', () => {
  it('a customer disables its domain after a warning that mail and logins stop, then enables it', async () => {
    render(customer, [
      loaded(),
      changed(DisableDomainMutation, 'disableDomain', { state: 'DISABLED' }),
      changed(EnableDomainMutation, 'enableDomain', { state: 'ACTIVE' }),
    ]);
    expect(await summary()).toHaveTextContent('Active');
    // Billing is not the customer's.
    expect(screen.queryByRole('button', { name: 'Suspend domain' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Disable domain' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable acme-demo.it?' });
    expect(dialog).toHaveTextContent(/Mail to its addresses .* is refused/);
    expect(dialog).toHaveTextContent(/can no longer sign in/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable domain' }));
    expect(await screen.findByText('acme-demo.it disabled')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(async () => expect(await summary()).toHaveTextContent('Disabled'));
    expect(screen.getByRole('alert')).toHaveTextContent(/This domain is disabled/);
    await userEvent.click(screen.getByRole('button', { name: 'Enable domain' }));
    expect(await screen.findByText('acme-demo.it enabled (now active)')).toBeVisible();
    await waitFor(async () => expect(await summary()).toHaveTextContent('Active'));
    expect(screen.queryByRole('button', { name: 'Enable domain' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Disable domain' })).toBeVisible();
  });

  it('keeps the domain as it is when the warning is cancelled', async () => {
    render(customer, [loaded()], 'it');
    await userEvent.click(await screen.findByRole('button', { name: 'Disattiva dominio' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disattivare acme-demo.it?' });
    expect(dialog).toHaveTextContent(/posta .* viene rifiutata/i);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annulla' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await summary()).toHaveTextContent('Attivo');
  });

  it('a suspended domain offers the customer nothing to press, and says whom to ask', async () => {
    render(customer, [loaded({ state: 'SUSPENDED' })]);
    expect(await summary()).toHaveTextContent('Suspended');
    expect(screen.getByRole('alert')).toHaveTextContent(/Your provider has suspended this domain/);
    expect(screen.queryByRole('button', { name: /domain$/ })).toBeNull();
  });

  it('the reseller suspends for billing and reactivates; a domain the customer had disabled stays so', async () => {
    render(reseller, [
      loaded({ state: 'DISABLED' }),
      changed(SuspendDomainMutation, 'suspendDomain', { state: 'SUSPENDED' }),
      changed(ReactivateDomainMutation, 'reactivateDomain', { state: 'DISABLED' }),
    ]);
    expect(await screen.findByRole('button', { name: 'Enable domain' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Suspend domain' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend acme-demo.it?' });
    expect(dialog).toHaveTextContent(/cannot lift it/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend domain' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(async () => expect(await summary()).toHaveTextContent('Suspended'));
    expect(screen.getByRole('alert')).toHaveTextContent(/until you reactivate it/);
    expect(screen.queryByRole('button', { name: 'Enable domain' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reactivate domain' }));
    expect(
      await screen.findByText('acme-demo.it is no longer suspended (now disabled)'),
    ).toBeVisible();
    await waitFor(async () => expect(await summary()).toHaveTextContent('Disabled'));
  });

  it('shows nothing to press to a member without "Edit domains"', async () => {
    render(makeViewer({ organisation: acme, actingAs: acme, role: 'MEMBER', permissions: [] }), [
      loaded(),
    ]);
    expect(await summary()).toHaveTextContent('Active');
    expect(screen.queryByRole('button', { name: /domain$/ })).toBeNull();
  });

  it('says when the whole customer is suspended, whatever the domain’s own state', async () => {
    render(reseller, [loaded({ customerSuspended: true })], 'it');
    expect(await summary()).toHaveTextContent('Cliente sospeso');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Acme S\.r\.l\. è sospeso: nessuno dei suoi domini riceve posta/,
    );
  });

  it('when someone else changed the state first, says so and shows the state it is in now', async () => {
    render(customer, [
      loaded({ state: 'DISABLED' }),
      {
        request: { query: EnableDomainMutation, variables: { id: 'dom-acme' } },
        result: {
          errors: [
            {
              message: 'The domain is suspended by your provider (billing)',
              extensions: { code: 'CONFLICT', state: 'SUSPENDED' },
            },
          ],
        },
      },
      loaded({ state: 'SUSPENDED' }),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Enable domain' }));
    expect(await screen.findByText(/state changed meanwhile/)).toBeVisible();
    await waitFor(async () => expect(await summary()).toHaveTextContent('Suspended'));
    expect(screen.queryByRole('button', { name: 'Enable domain' })).toBeNull();
  });
});

describe('the domain header’s MX warning', () => {
  const mx = (status: MxStatus, state: DomainState = 'ACTIVE'): Partial<DomainRowFragment> => ({
    state,
    mxCheck: { __typename: 'DomainMxCheck', status, checkedAt: '2026-11-29T09:00:00Z' },
  });

  it.each([
    ['WRONG', 'MX records point elsewhere'],
    ['MISSING', 'No MX records'],
  ] as const)('links an active domain whose records are %s to its MX tab', async (status, text) => {
    render(customer, [loaded(mx(status))]);
    const link = await within(await summary()).findByRole('link', { name: text });
    expect(link).toHaveAttribute('href', '/domains/dom-acme/mx');
    expect(link).toHaveAccessibleDescription('Show the MX records');
  });

  it.each([
    ['OK', 'ACTIVE', 'Active'],
    ['UNKNOWN', 'ACTIVE', 'Active'],
    ['LOOKUP_FAILED', 'ACTIVE', 'Active'],
    ['WRONG', 'AWAITING_VERIFICATION', 'Awaiting verification'],
    ['MISSING', 'DISABLED', 'Disabled'],
  ] as const)('says nothing about records %s on a domain %s', async (status, state, label) => {
    render(customer, [loaded(mx(status, state))]);
    expect(await summary()).toHaveTextContent(label);
    expect(screen.queryByRole('link', { name: /MX/ })).not.toBeInTheDocument();
  });

  it('says it in Italian too', async () => {
    render(customer, [loaded(mx('WRONG'))], 'it');
    expect(
      await within(await summary()).findByRole('link', { name: 'I record MX puntano altrove' }),
    ).toBeVisible();
  });

  it('goes away once "check now" on the MX tab finds the records right', async () => {
    renderWithProviders(
      <WithViewer viewer={customer}>
        <Page />
        <MxCheckTab
          domain={{
            id: 'dom-acme',
            name: 'acme-demo.it',
            asciiName: 'acme-demo.it',
            state: 'ACTIVE',
          }}
          asPostmaster={false}
        />
      </WithViewer>,
      {
        mocks: [
          loaded(mx('MISSING')),
          {
            request: { query: MxDomainQuery, variables: { id: 'dom-acme' } },
            result: { data: { domain: testMxDomain(MX_CHECKS.MISSING) } },
          },
          {
            request: { query: CheckDomainMxMutation, variables: { id: 'dom-acme' } },
            result: { data: { checkDomainMx: testMxDomain(MX_CHECKS.OK) } },
          },
        ],
      },
    );
    const warning = await within(await summary()).findByRole('link', { name: 'No MX records' });
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(warning).not.toBeInTheDocument());
    expect(await screen.findByText('The MX records of acme-demo.it are right')).toBeVisible();
  });
});
