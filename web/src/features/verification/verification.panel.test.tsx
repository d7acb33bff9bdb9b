import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, type RenderOptions } from '../../test/render';
import { fieldFailure } from '../my-mailbox/test-mailbox';
import { testVerifiableAlias, testVerifiableDomain } from './test-verifiable';
import {
  CheckDomainAliasVerificationMutation,
  CheckDomainVerificationMutation,
  ConfirmDomainAliasVerificationCodeMutation,
  SendDomainAliasVerificationEmailMutation,
  VerificationDomainAliasQuery,
  VerificationDomainQuery,
} from './verification.graphql';
import { VerificationPanel } from './verification.panel';

const ID = 'dal-acme-com';
const aliasQuery = (alias = testVerifiableAlias()) => ({
  request: { query: VerificationDomainAliasQuery, variables: { id: ID } },
  result: { data: { domainAlias: alias } },
});
const CHECKED = '2026-03-02T10:00:00Z';
const NEXT = '2026-03-02T10:10:00Z';
const EXPIRES = '2026-03-03T10:00:00Z';

const renderPanel = (mocks: RenderOptions['mocks'], language?: 'it') =>
  renderWithProviders(<VerificationPanel kind="DOMAIN_ALIAS" id={ID} />, { mocks, language });

describe('the verification panel', () => {
  it('shows the record to create, each part with a copy button', async () => {
    renderPanel([aliasQuery()]);
    const record = await screen.findByRole('table', { name: 'Record to create' });
    expect(within(record).getByText('d123456789.acme-demo.com')).toBeInTheDocument();
    expect(within(record).getByText('A')).toBeInTheDocument();
    expect(within(record).getByText('192.0.2.10')).toBeInTheDocument();
    for (const what of ['record name', 'record type', 'record value'])
      expect(within(record).getByRole('button', { name: `Copy ${what}` })).toBeInTheDocument();
    expect(screen.getByText('Not checked yet.')).toBeInTheDocument();
  });

  it('checks now and says in plain words what the check saw', async () => {
    renderPanel([
      aliasQuery(),
      {
        request: { query: CheckDomainAliasVerificationMutation, variables: { id: ID } },
        result: {
          data: {
            checkDomainAliasVerification: testVerifiableAlias({
              verification: {
                lastCheckAt: CHECKED,
                lastError: 'No A record found for this name.',
                nextCheckAt: NEXT,
              },
            }),
          },
        },
      },
    ]);
    const check = await screen.findByRole('button', { name: 'Check now' });
    await userEvent.click(check);
    expect(await screen.findByText('No A record exists for this name yet.')).toBeInTheDocument();
    expect(screen.getByText(/^Last check: /)).toBeInTheDocument();
    expect(screen.getByText(/^Next automatic check: /)).toBeInTheDocument();
    // The notice comes once the mutation's promise settles, which can be a tick after the cache update.
    expect(await screen.findByText('The record is not there yet.')).toBeInTheDocument();
    await waitFor(() => expect(check).toBeEnabled());
  });

  it('shows success once the record is found', async () => {
    renderPanel([
      aliasQuery(),
      {
        request: { query: CheckDomainAliasVerificationMutation, variables: { id: ID } },
        result: {
          data: {
            checkDomainAliasVerification: testVerifiableAlias({
              state: 'ACTIVE',
              verifiedAt: CHECKED,
              verifiedBy: 'DNS',
              verification: { lastCheckAt: CHECKED, lastSeen: ['192.0.2.10'] },
            }),
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }));
    expect(await screen.findByText(/^Verified by DNS record on /)).toBeInTheDocument();
    expect(screen.getAllByText('acme-demo.com is verified').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Check now' })).not.toBeInTheDocument();
  });

  it('sends a code, puts a wrong one on the field with the attempts left, and accepts the right one', async () => {
    const sent = testVerifiableAlias({
      verification: { emailCodeSentTo: 'info@acme-demo.com', emailCodeExpiresAt: EXPIRES },
    });
    renderPanel([
      aliasQuery(),
      {
        request: {
          query: SendDomainAliasVerificationEmailMutation,
          variables: { id: ID, mailbox: 'INFO' },
        },
        result: { data: { sendDomainAliasVerificationEmail: sent } },
      },
      {
        request: {
          query: ConfirmDomainAliasVerificationCodeMutation,
          variables: { id: ID, code: '111111' },
        },
        result: fieldFailure('code', 'MISMATCH', 'Wrong code (4 attempts left)'),
      },
      {
        request: {
          query: ConfirmDomainAliasVerificationCodeMutation,
          variables: { id: ID, code: '654321' },
        },
        result: {
          data: {
            confirmDomainAliasVerificationCode: testVerifiableAlias({
              state: 'ACTIVE',
              verifiedAt: CHECKED,
              verifiedBy: 'EMAIL',
            }),
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('radio', { name: 'info@acme-demo.com' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
    expect(
      await screen.findByText(/^Code sent to info@acme-demo.com, valid until /),
    ).toBeInTheDocument();
    const code = screen.getByLabelText('Code');
    await userEvent.type(code, '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The code has 6 digits')).toBeInTheDocument();
    await userEvent.clear(code);
    await userEvent.type(code, '111111');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Wrong code (4 attempts left)')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(code);
    await userEvent.type(code, '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText(/^Verified by e-mail code on /)).toBeInTheDocument();
  });

  it('says how long to wait before another code, and when a code expired', async () => {
    renderPanel([
      aliasQuery(
        testVerifiableAlias({
          verification: {
            emailCodeSentTo: 'postmaster@acme-demo.com',
            emailCodeExpiresAt: EXPIRES,
          },
        }),
      ),
      {
        request: {
          query: SendDomainAliasVerificationEmailMutation,
          variables: { id: ID, mailbox: 'POSTMASTER' },
        },
        result: {
          errors: [
            {
              message: 'A code was sent less than a minute ago; wait before sending another.',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
            },
          ],
        },
      },
      {
        request: {
          query: ConfirmDomainAliasVerificationCodeMutation,
          variables: { id: ID, code: '222222' },
        },
        result: fieldFailure('code', 'INVALID_VALUE', 'The code has expired: send a new one'),
      },
    ]);
    // The address the pending code went to stays chosen.
    expect(await screen.findByRole('radio', { name: 'postmaster@acme-demo.com' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(
      await screen.findByText(
        'A code was sent less than a minute ago: wait 42 s before sending another.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Code'), '222222');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The code has expired: send a new one')).toBeInTheDocument();
  });

  it('verifies a domain through the domain operations, in Italian', async () => {
    renderWithProviders(<VerificationPanel kind="DOMAIN" id="dom-nuovo" />, {
      language: 'it',
      mocks: [
        {
          request: { query: VerificationDomainQuery, variables: { id: 'dom-nuovo' } },
          result: { data: { domain: testVerifiableDomain() } },
        },
        {
          request: { query: CheckDomainVerificationMutation, variables: { id: 'dom-nuovo' } },
          result: {
            data: {
              checkDomainVerification: testVerifiableDomain({
                verification: {
                  lastCheckAt: CHECKED,
                  lastError: 'The DNS servers did not answer in time.',
                },
              }),
            },
          },
        },
      ],
    });
    expect(
      await screen.findByText('Dimostra che nuovo-cliente.it è tuo in uno dei due modi.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Verifica ora' }));
    expect(
      await screen.findByText('I server DNS non hanno risposto in tempo.'),
    ).toBeInTheDocument();
  });

  it('says when the name is still being set up', async () => {
    renderPanel([aliasQuery(testVerifiableAlias({ state: 'UPDATING' }))]);
    expect(
      await screen.findByText(
        'The name is still being set up: verification can start in a moment.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Check now' })).not.toBeInTheDocument(),
    );
  });
});
