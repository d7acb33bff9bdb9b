import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DomainAliasRowFragment, MxStatus } from '../../gql/graphql';
import { makeViewer, testOrg } from '../../test/viewers';
import { renderSignedIn, testDomainTab } from '../mailboxes/test-mail-objects';
import { testVerifiableAlias } from '../verification/test-verifiable';
import {
  CheckDomainAliasVerificationMutation,
  VerificationDomainAliasQuery,
} from '../verification/verification.graphql';
import {
  CreateDomainAliasMutation,
  DeleteDomainAliasMutation,
  DomainAliasesQuery,
} from './domain-aliases.graphql';
import { DomainAliasesTab } from './domain-aliases.tab';

const VERIFIED_AT = '2026-03-01T09:30:00Z';
const mx = (status: MxStatus = 'UNKNOWN'): Pick<DomainAliasRowFragment, 'mxCheck'> => ({
  mxCheck: {
    __typename: 'DomainMxCheck',
    status,
    checkedAt: status === 'UNKNOWN' ? null : '2026-11-29T09:00:00Z',
  },
});
const com: DomainAliasRowFragment = {
  __typename: 'DomainAlias',
  id: 'dal-acme-com',
  name: 'acme-demo.com',
  asciiName: 'acme-demo.com',
  state: 'AWAITING_VERIFICATION',
  verifiedAt: null,
  verifiedBy: null,
  ...mx(),
};
const caffe: DomainAliasRowFragment = {
  __typename: 'DomainAlias',
  id: 'dal-caffe',
  name: 'acme-caffè.it',
  asciiName: 'xn--acme-caff-m7a.it',
  state: 'ACTIVE',
  verifiedAt: VERIFIED_AT,
  verifiedBy: 'EMAIL',
  ...mx('OK'),
};

const list = (rows: DomainAliasRowFragment[]) => ({
  request: { query: DomainAliasesQuery, variables: () => true },
  maxUsageCount: 5,
  result: {
    data: {
      domainAliases: {
        __typename: 'DomainAliasConnection' as const,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
        edges: rows.map((node) => ({ __typename: 'DomainAliasEdge' as const, node })),
      },
    },
  },
});
const panelQuery = (alias = testVerifiableAlias()) => ({
  request: { query: VerificationDomainAliasQuery, variables: { id: alias.id } },
  result: { data: { domainAlias: alias } },
});

const rowOf = async (name: string) => {
  const cell = await screen.findByText(name);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('the domain aliases tab', () => {
  it('lists each name as people read it, its state and how it was verified', async () => {
    renderSignedIn(<DomainAliasesTab {...testDomainTab()} />, { mocks: [list([com, caffe])] });
    const verified = await rowOf('acme-caffè.it');
    expect(within(verified).getByText('xn--acme-caff-m7a.it')).toBeInTheDocument();
    expect(within(verified).getByText('Active')).toBeInTheDocument();
    expect(within(verified).getByText(/^Verified by e-mail code on /)).toBeInTheDocument();
    expect(within(verified).queryByRole('button', { name: /^Verify/ })).not.toBeInTheDocument();
    const pending = await rowOf('acme-demo.com');
    expect(within(pending).getByText('Awaiting verification')).toBeInTheDocument();
    expect(within(pending).getByText('Not verified yet')).toBeInTheDocument();
    expect(
      within(pending).getByRole('button', { name: 'Verify acme-demo.com' }),
    ).toBeInTheDocument();
  });

  it('flags beside its state the MX problem of an active alias, linking to the MX tab', async () => {
    const active = (id: string, status: MxStatus, over: Partial<DomainAliasRowFragment> = {}) => ({
      ...caffe,
      id,
      name: `${id}.example`,
      asciiName: `${id}.example`,
      ...mx(status),
      ...over,
    });
    const rows = [
      active('wrong', 'WRONG'),
      active('missing', 'MISSING'),
      active('failed', 'LOOKUP_FAILED'),
      active('fine', 'OK'),
      active('unchecked', 'UNKNOWN'),
      // Not active yet: its MX records may well not have moved.
      active('pending', 'WRONG', { state: 'AWAITING_VERIFICATION', verifiedAt: null }),
    ];
    renderSignedIn(
      <Routes>
        <Route
          path="/domains/dom-acme/domain-aliases"
          element={<DomainAliasesTab {...testDomainTab()} />}
        />
        <Route path="/domains/dom-acme/mx" element={<p>The MX tab</p>} />
      </Routes>,
      { mocks: [list(rows)], path: '/domains/dom-acme/domain-aliases' },
    );
    const mxFlags = async (name: string) =>
      within(await rowOf(name))
        .queryAllByRole('link')
        .map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]);
    expect(await mxFlags('wrong.example')).toEqual([
      ['MX records point elsewhere', '/domains/dom-acme/mx'],
    ]);
    expect(await mxFlags('missing.example')).toEqual([['No MX records', '/domains/dom-acme/mx']]);
    expect(await mxFlags('failed.example')).toEqual([
      ['MX records could not be checked', '/domains/dom-acme/mx'],
    ]);
    for (const calm of ['fine.example', 'unchecked.example', 'pending.example'])
      expect(await mxFlags(calm)).toEqual([]);
    // Red for a problem, amber for a lookup that failed (and words, not colour alone).
    const wrong = within(await rowOf('wrong.example')).getByRole('link', {
      name: 'MX records point elsewhere',
    });
    expect(within(wrong).getByTestId('ErrorOutlineIcon')).toBeInTheDocument();
    expect(
      within(await rowOf('failed.example')).getByTestId('WarningAmberOutlinedIcon'),
    ).toBeInTheDocument();
    // Reachable from the keyboard, its words and where it leads in a tooltip.
    act(() => wrong.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'MX records point elsewhereShow the MX records',
    );
    await userEvent.click(wrong);
    expect(await screen.findByText('The MX tab')).toBeInTheDocument();
  });

  it('flags nothing while the domain itself is not active', async () => {
    renderSignedIn(<DomainAliasesTab {...testDomainTab({ state: 'DISABLED' })} />, {
      mocks: [list([{ ...caffe, ...mx('WRONG') }])],
    });
    const row = await rowOf('acme-caffè.it');
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
  });

  it('verifies from the list, and the row follows once the check succeeds', async () => {
    renderSignedIn(<DomainAliasesTab {...testDomainTab()} />, {
      mocks: [
        list([com]),
        panelQuery(),
        {
          request: { query: CheckDomainAliasVerificationMutation, variables: { id: com.id } },
          result: {
            data: {
              checkDomainAliasVerification: testVerifiableAlias({
                state: 'ACTIVE',
                verifiedAt: VERIFIED_AT,
                verifiedBy: 'DNS',
              }),
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Verify acme-demo.com' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verify acme-demo.com' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Check now' }));
    expect(await within(dialog).findByText('acme-demo.com is verified')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await rowOf('acme-demo.com');
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText(/^Verified by DNS record on /)).toBeInTheDocument();
  });

  it('opens the verification right after adding a name', async () => {
    const created = { ...com, id: 'dal-new', name: 'caffè.it', asciiName: 'xn--caff-8oa.it' };
    renderSignedIn(<DomainAliasesTab {...testDomainTab()} />, {
      mocks: [
        list([]),
        {
          request: {
            query: CreateDomainAliasMutation,
            variables: {
              input: { domainId: 'dom-acme', name: 'xn--caff-8oa.it', allowWww: false },
            },
          },
          result: { data: { createDomainAlias: created } },
        },
        panelQuery(
          testVerifiableAlias({ id: 'dal-new', name: 'caffè.it', asciiName: 'xn--caff-8oa.it' }),
        ),
      ],
    });
    expect(await screen.findByText('No domain aliases')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New domain alias' }));
    await userEvent.type(screen.getByLabelText(/^Name/), 'caffè.it');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verify caffè.it' });
    expect(await within(dialog).findByText('d123456789.xn--caff-8oa.it')).toBeInTheDocument();
    // Role addresses are shown with the name as people read it.
    expect(within(dialog).getByRole('radio', { name: 'postmaster@caffè.it' })).toBeInTheDocument();
  });

  it('deletes a name only after confirmation', async () => {
    renderSignedIn(<DomainAliasesTab {...testDomainTab()} />, {
      mocks: [
        list([com]),
        {
          request: { query: DeleteDomainAliasMutation, variables: { id: com.id } },
          result: { data: { deleteDomainAlias: com.id } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete: acme-demo.com' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete acme-demo.com?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('acme-demo.com deleted')).toBeInTheDocument();
  });

  it('shows a postmaster the names without domain actions', async () => {
    const acme = testOrg('org-acme', 'Acme S.r.l.', 'CUSTOMER');
    renderSignedIn(<DomainAliasesTab {...testDomainTab()} />, {
      viewer: makeViewer({
        kind: 'POSTMASTER',
        role: 'MEMBER',
        organisation: acme,
        actingAs: acme,
        permissions: ['MAILBOXES_ADD', 'MAILBOXES_EDIT', 'MAILBOXES_DELETE', 'PASSWORDS_CHANGE'],
      }),
      mocks: [list([com])],
    });
    await rowOf('acme-demo.com');
    expect(screen.queryByRole('button', { name: 'New domain alias' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Verify/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    // Nothing to do, so no empty Actions column.
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });
});
