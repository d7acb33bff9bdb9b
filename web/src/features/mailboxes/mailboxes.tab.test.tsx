import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MailboxRowFragment } from '../../gql/graphql';
import { makeViewer, testOrg } from '../../test/viewers';
import {
  CreateMailboxMutation,
  DeleteMailboxMutation,
  MailboxDomainQuery,
  MailboxesQuery,
  UpdateMailboxMutation,
} from './mailboxes.graphql';
import { MailboxesTab } from './mailboxes.tab';
import { renderSignedIn, testDomainTab, testMailboxRow } from './test-mail-objects';

const postmaster = testMailboxRow({
  id: 'mbx-postmaster',
  address: 'postmaster@acme-demo.it',
  localPart: 'postmaster',
  firstName: null,
  lastName: null,
  isPostmaster: true,
  quotaMb: 50,
});
const mario = testMailboxRow();

const domainInfo = (
  over: {
    remainingMailboxes?: number | null;
    maxQuotaGb?: number | null;
    defaultQuotaGb?: number;
  } = {},
) => ({
  request: { query: MailboxDomainQuery, variables: { id: 'dom-acme' } },
  maxUsageCount: 5,
  result: {
    data: {
      domain: {
        __typename: 'Domain' as const,
        id: 'dom-acme',
        mailboxCount: 3,
        remainingMailboxes: over.remainingMailboxes === undefined ? 7 : over.remainingMailboxes,
        settings: {
          __typename: 'DomainSettings' as const,
          maxQuotaGb: over.maxQuotaGb ?? null,
          defaultQuotaGb: over.defaultQuotaGb ?? 8,
          services: {
            __typename: 'DomainServices' as const,
            pop: true,
            imap: true,
            smtp: true,
            webmail: true,
          },
        },
      },
    },
  },
});

const list = (rows: MailboxRowFragment[]) => ({
  request: { query: MailboxesQuery, variables: () => true },
  maxUsageCount: 5,
  result: {
    data: {
      mailboxes: {
        __typename: 'MailboxConnection' as const,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
        edges: rows.map((node) => ({ __typename: 'MailboxEdge' as const, node })),
      },
    },
  },
});

const customer = testOrg('org-acme', 'Acme S.r.l.', 'CUSTOMER');
const newMailboxButton = () => screen.findByRole('button', { name: 'New mailbox' });

describe('the mailboxes tab', () => {
  it('lists the mailboxes, the postmaster marked and not deletable', async () => {
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      mocks: [domainInfo(), list([postmaster, mario])],
    });
    const table = await screen.findByRole('table', { name: 'Mailboxes of acme-demo.it' });
    await within(table).findByText('mario.rossi@acme-demo.it');
    expect(within(table).getByText('Postmaster')).toBeInTheDocument();
    expect(within(table).getByText('Quota: 50 MB')).toBeInTheDocument();
    expect(within(table).getByText('Quota: 2 GB')).toBeInTheDocument();
    expect(within(table).getAllByText('Not reported yet')).toHaveLength(2);
    expect(within(table).getByText('Mario Rossi')).toBeInTheDocument();
    expect(
      within(table).getByRole('button', { name: 'Delete: mario.rossi@acme-demo.it' }),
    ).toBeInTheDocument();
    expect(
      within(table).queryByRole('button', { name: 'Delete: postmaster@acme-demo.it' }),
    ).not.toBeInTheDocument();
    expect(await screen.findByText('7 more mailboxes can be created')).toBeInTheDocument();
    expect(await newMailboxButton()).toBeEnabled();
  });

  it('shows each mailbox’s space used against its quota, as the mail server reported it', async () => {
    const nearlyFull = testMailboxRow({
      id: 'mbx-magazzino',
      address: 'magazzino@acme-demo.it',
      localPart: 'magazzino',
      quotaMb: 8192,
      usage: {
        __typename: 'MailboxUsage',
        bytes: 0.9 * 8 * 1024 ** 3,
        messages: 41230,
        reportedAt: '2026-11-29T10:15:00Z',
      },
    });
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      mocks: [domainInfo(), list([postmaster, nearlyFull])],
      language: 'it',
    });
    const table = await screen.findByRole('table', { name: 'Caselle di acme-demo.it' });
    expect(await within(table).findByRole('columnheader', { name: 'Spazio usato' })).toBeVisible();
    const row = (await within(table).findByText('magazzino@acme-demo.it')).closest('tr')!;
    expect(within(row).getByRole('progressbar')).toHaveAccessibleName(
      'Spazio usato: 7,2 GB di 8 GB (90%)',
    );
    const pm = within(table).getByText('postmaster@acme-demo.it').closest('tr')!;
    expect(pm).toHaveTextContent('Non ancora rilevato');
  });

  it('explains why no mailbox can be created on a domain that is not active', async () => {
    renderSignedIn(<MailboxesTab {...testDomainTab({ state: 'AWAITING_VERIFICATION' })} />, {
      mocks: [domainInfo(), list([postmaster])],
    });
    const button = await newMailboxButton();
    // Disabled while loading too: wait for the reason, not just the disabled state.
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription(
        'Mailboxes can be created once the domain is verified and active.',
      ),
    );
    expect(button).toBeDisabled();
  });

  it('explains why no mailbox can be created when the allowance is used up', async () => {
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      mocks: [domainInfo({ remainingMailboxes: 0 }), list([postmaster, mario])],
    });
    const button = await newMailboxButton();
    await waitFor(() => expect(button).toHaveAccessibleDescription(/The mailbox limit is reached/));
    expect(button).toBeDisabled();
  });

  it('offers a customer 1–8 GB only, starting from the domain default', async () => {
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      viewer: makeViewer({ organisation: customer, actingAs: customer }),
      mocks: [domainInfo({ defaultQuotaGb: 2 }), list([postmaster])],
    });
    const button = await newMailboxButton();
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const quota = await screen.findByRole('combobox', { name: 'Quota' });
    expect(quota).toHaveTextContent('2 GB');
    await userEvent.click(quota);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      '1 GB',
      '2 GB',
      '3 GB',
      '4 GB',
      '5 GB',
      '6 GB',
      '7 GB',
      '8 GB',
    ]);
  });

  it("offers a reseller 16 GB, but not above the domain's max quota", async () => {
    // A reseller acting as its customer still gives reseller tiers, as the server allows.
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      viewer: makeViewer({ actingAs: customer }),
      mocks: [domainInfo({ maxQuotaGb: 16 }), list([postmaster])],
    });
    const button = await newMailboxButton();
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await userEvent.click(await screen.findByRole('combobox', { name: 'Quota' }));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toContain('16 GB');
    expect(options.map((o) => o.textContent)).not.toContain('25 GB');
    expect(screen.getByText('Up to 16 GB on this domain')).toBeInTheDocument();
  });

  it('creates a mailbox, then sets its automatic reply', async () => {
    const created = testMailboxRow({
      id: 'mbx-lucia',
      address: 'lucia@acme-demo.it',
      localPart: 'lucia',
      firstName: null,
      lastName: null,
      quotaMb: 8192,
    });
    const autoresponder = {
      enabled: true,
      subject: '',
      body: 'Back soon.',
      startsAt: null,
      endsAt: null,
    };
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      mocks: [
        domainInfo(),
        list([postmaster]),
        {
          request: {
            query: CreateMailboxMutation,
            variables: {
              input: {
                domainId: 'dom-acme',
                localPart: 'lucia',
                password: 'lucia-2026',
                quotaGb: 8,
                forwards: [],
                keepCopy: true,
                services: { pop: true, imap: true, smtp: true, webmail: true },
              },
            },
          },
          result: { data: { createMailbox: created } },
        },
        {
          request: {
            query: UpdateMailboxMutation,
            variables: { id: 'mbx-lucia', input: { autoresponder } },
          },
          result: {
            data: {
              updateMailbox: {
                ...created,
                autoresponder: { __typename: 'Autoresponder' as const, ...autoresponder },
              },
            },
          },
        },
      ],
    });
    const button = await newMailboxButton();
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'New mailbox on acme-demo.it' });
    await userEvent.type(within(dialog).getByLabelText(/^Address/), 'lucia');
    await userEvent.type(within(dialog).getByLabelText(/^Password/), 'lucia-2026');
    await userEvent.click(within(dialog).getByRole('switch', { name: 'Send an automatic reply' }));
    await userEvent.type(within(dialog).getByLabelText('Message'), 'Back soon.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Mailbox lucia@acme-demo.it created')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // No error toast: the reply was saved too.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('deletes a mailbox only after confirmation', async () => {
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      mocks: [
        domainInfo(),
        list([postmaster, mario]),
        {
          request: { query: DeleteMailboxMutation, variables: { id: 'mbx-mario' } },
          result: { data: { deleteMailbox: 'mbx-mario' } },
        },
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete: mario.rossi@acme-demo.it' }),
    );
    const confirm = screen.getByRole('dialog', { name: 'Delete mario.rossi@acme-demo.it?' });
    expect(confirm).toHaveTextContent('removed for good');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('mario.rossi@acme-demo.it deleted')).toBeInTheDocument();
  });

  it('shows a postmaster no delete buttons when it may not delete', async () => {
    const viewer = makeViewer({
      kind: 'POSTMASTER',
      organisation: customer,
      actingAs: customer,
      role: 'MEMBER',
      permissions: ['MAILBOXES_EDIT', 'PASSWORDS_CHANGE'],
    });
    renderSignedIn(<MailboxesTab {...testDomainTab()} />, {
      viewer,
      mocks: [domainInfo(), list([postmaster, mario])],
    });
    await screen.findByText('mario.rossi@acme-demo.it');
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New mailbox' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Edit: mario.rossi@acme-demo.it' }),
    ).toBeInTheDocument();
  });
});
