import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DomainSettingsInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { makeViewer, testOrg } from '../../test/viewers';
import { domainAccess } from './domain-access';
import { DomainSettingsForm, type DomainProfile } from './domain-settings.form';
import { UpdateDomainSettingsMutation } from './domains.graphql';
import { testDomain } from './test-domain';

const acme = testOrg('o-acme', 'Acme S.r.l.', 'CUSTOMER');
const customerAccess = domainAccess(makeViewer({ organisation: acme, actingAs: acme }));
const resellerAccess = domainAccess(makeViewer());

const unchanged: DomainSettingsInput = {
  defaultQuotaGb: 8,
  services: { pop: true, imap: true, smtp: true, webmail: true },
  allowedIps: [],
  catchAll: null,
};

const saveMock = (input: DomainSettingsInput, result: object) => ({
  request: { query: UpdateDomainSettingsMutation, variables: { id: 'dom-acme', input } },
  result,
});

const failure = (field: string, code: string, message: string) => ({
  errors: [
    { message, extensions: { code: 'VALIDATION_FAILED', fields: [{ field, code, message }] } },
  ],
});

const basic: DomainProfile = {
  __typename: 'DomainProfile',
  id: 'prof-basic',
  name: 'Basic 10',
  maxMailboxes: 10,
  maxQuotaGb: 4,
  defaultQuotaGb: 2,
  services: { __typename: 'DomainServices', pop: false, imap: true, smtp: true, webmail: true },
};

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));
const access = () => within(screen.getByRole('region', { name: 'Allowed client addresses' }));

describe('the domain settings form', () => {
  it('takes at most five client addresses, each checked by the shared rule', async () => {
    renderWithProviders(
      <DomainSettingsForm domain={testDomain()} profiles={[]} access={customerAccess} />,
    );
    expect(access().getByText('Any address may connect.')).toBeInTheDocument();
    const add = access().getByRole('button', { name: 'Add an address' });
    for (let i = 0; i < 5; i += 1) await userEvent.click(add);
    expect(add).toBeDisabled();
    expect(access().getByText('At most 5 addresses or networks.')).toBeInTheDocument();
    expect(access().getAllByRole('textbox')).toHaveLength(5);

    await userEvent.click(access().getAllByRole('button', { name: 'Remove this address' })[4]!);
    expect(access().getAllByRole('textbox')).toHaveLength(4);
    expect(add).toBeEnabled();

    // Two rows stay: a wrong address and an IPv6 network.
    await userEvent.click(access().getAllByRole('button', { name: 'Remove this address' })[3]!);
    await userEvent.click(access().getAllByRole('button', { name: 'Remove this address' })[2]!);
    await userEvent.type(access().getByLabelText('Address or network 1'), '203.0.113.300');
    await userEvent.type(access().getByLabelText('Address or network 2'), '2001:db8::/48');
    await save();
    expect(
      await access().findByText('An IP address or network, e.g. 203.0.113.4 or 203.0.113.0/24'),
    ).toBeInTheDocument();
    expect(access().getByLabelText('Address or network 1')).toHaveAttribute('aria-invalid', 'true');
    expect(access().getByLabelText('Address or network 2')).toHaveAttribute(
      'aria-invalid',
      'false',
    );
  });

  it("shows the server's refusal of catch-all during the trial on the field", async () => {
    renderWithProviders(
      <DomainSettingsForm domain={testDomain()} profiles={[]} access={customerAccess} />,
      {
        mocks: [
          saveMock(
            { ...unchanged, catchAll: 'info@acme-demo.it' },
            failure('catchAll', 'NOT_ALLOWED', 'Catch-all is not available during the free trial'),
          ),
        ],
      },
    );
    await userEvent.type(screen.getByLabelText('Catch-all destination'), 'Info@Acme-Demo.it');
    await save();
    expect(
      await screen.findByText('Catch-all is not available during the free trial.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Catch-all destination')).toHaveAttribute('aria-invalid', 'true');
  });

  it('tells a customer in its trial before it tries', () => {
    const trialEndsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    renderWithProviders(
      <DomainSettingsForm
        domain={testDomain(
          {},
          { customer: { __typename: 'Organisation', id: 'o-acme', name: 'Acme', trialEndsAt } },
        )}
        profiles={[]}
        access={customerAccess}
      />,
    );
    expect(screen.getByText(/^The free trial runs until/)).toBeInTheDocument();
  });

  it('leaves the limits to the provider for a customer, and sends none', async () => {
    renderWithProviders(
      <DomainSettingsForm
        domain={testDomain({ maxMailboxes: 10, maxQuotaGb: 16 })}
        profiles={[]}
        access={customerAccess}
      />,
      {
        mocks: [
          saveMock(
            { ...unchanged, services: { pop: false, imap: true, smtp: true, webmail: true } },
            {
              data: {
                updateDomainSettings: testDomain({
                  maxMailboxes: 10,
                  maxQuotaGb: 16,
                  services: {
                    __typename: 'DomainServices',
                    pop: false,
                    imap: true,
                    smtp: true,
                    webmail: true,
                  },
                }),
              },
            },
          ),
        ],
      },
    );
    expect(screen.getByLabelText('Maximum mailboxes')).toBeDisabled();
    expect(screen.getByLabelText('Maximum mailboxes')).toHaveValue(10);
    expect(screen.getAllByText('Set by your provider; ask them to change it.')).toHaveLength(2);
    // The reseller's 16 GB cap stays shown; the customer picks its default among 1–8 GB.
    expect(screen.getByLabelText('Maximum mailbox quota')).toHaveTextContent('16 GB');
    await userEvent.click(screen.getByLabelText('Default quota of new mailboxes'));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${n} GB`),
    );
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('switch', { name: 'POP3' }));
    await save();
    expect(await screen.findByText('Domain settings saved')).toBeInTheDocument();
  });

  it('lets a reseller set the limits and offers it every tier, the default following the maximum', async () => {
    renderWithProviders(
      <DomainSettingsForm domain={testDomain()} profiles={[]} access={resellerAccess} />,
      {
        mocks: [
          saveMock(
            { ...unchanged, defaultQuotaGb: 2, maxMailboxes: 20, maxQuotaGb: 2 },
            {
              data: {
                updateDomainSettings: testDomain({
                  maxMailboxes: 20,
                  maxQuotaGb: 2,
                  defaultQuotaGb: 2,
                }),
              },
            },
          ),
        ],
      },
    );
    await userEvent.type(screen.getByLabelText('Maximum mailboxes'), '20');
    await userEvent.click(screen.getByLabelText('Maximum mailbox quota'));
    expect(screen.getByRole('option', { name: '25 GB' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: '2 GB' }));
    expect(screen.getByLabelText('Default quota of new mailboxes')).toHaveTextContent('2 GB');
    await save();
    expect(await screen.findByText('Domain settings saved')).toBeInTheDocument();
  });

  it('shows what a profile copies when picked, and applies it', async () => {
    renderWithProviders(
      <DomainSettingsForm domain={testDomain()} profiles={[basic]} access={customerAccess} />,
      {
        mocks: [
          saveMock(
            {
              ...unchanged,
              defaultQuotaGb: 2,
              services: { pop: false, imap: true, smtp: true, webmail: true },
              profileId: 'prof-basic',
            },
            {
              data: {
                updateDomainSettings: testDomain({
                  profileId: 'prof-basic',
                  maxMailboxes: 10,
                  maxQuotaGb: 4,
                  defaultQuotaGb: 2,
                  services: {
                    __typename: 'DomainServices',
                    pop: false,
                    imap: true,
                    smtp: true,
                    webmail: true,
                  },
                }),
              },
            },
          ),
        ],
      },
    );
    await userEvent.click(screen.getByLabelText('Domain profile'));
    await userEvent.click(screen.getByRole('option', { name: 'Basic 10' }));
    expect(screen.getByText('10 mailboxes, quota up to 4 GB, 2 GB by default')).toBeInTheDocument();
    expect(screen.getByLabelText('Maximum mailboxes')).toHaveValue(10);
    expect(screen.getByRole('switch', { name: 'POP3' })).not.toBeChecked();
    await save();
    await waitFor(() => expect(screen.getByText('Domain settings saved')).toBeInTheDocument());
  });
});
