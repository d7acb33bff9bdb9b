import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AliasRowFragment } from '../../gql/graphql';
import { renderSignedIn, testDomainTab } from '../mailboxes/test-mail-objects';
import { AliasesQuery, DeleteAliasMutation, UpdateAliasMutation } from './aliases.graphql';
import { AliasesTab } from './aliases.tab';

const info: AliasRowFragment = {
  __typename: 'Alias',
  id: 'als-info',
  address: 'info@acme-demo.it',
  localPart: 'info',
  destinations: ['mario.rossi@acme-demo.it', 'agente@example.org'],
};

const list = (rows: AliasRowFragment[]) => ({
  request: { query: AliasesQuery, variables: () => true },
  maxUsageCount: 5,
  result: {
    data: {
      aliases: {
        __typename: 'AliasConnection' as const,
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
        edges: rows.map((node) => ({ __typename: 'AliasEdge' as const, node })),
      },
    },
  },
});

describe('the aliases tab', () => {
  it('lists each address with its destinations, external ones marked', async () => {
    renderSignedIn(<AliasesTab {...testDomainTab()} />, { mocks: [list([info])] });
    const table = await screen.findByRole('table', { name: 'Aliases of acme-demo.it' });
    await within(table).findByText('info@acme-demo.it');
    expect(within(table).getByText('mario.rossi@acme-demo.it')).toBeInTheDocument();
    expect(within(table).getByText('agente@example.org (external)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New alias' })).toBeEnabled();
  });

  it('shows an empty state, and no new alias until the domain is active', async () => {
    renderSignedIn(<AliasesTab {...testDomainTab({ state: 'AWAITING_VERIFICATION' })} />, {
      mocks: [list([])],
    });
    expect(await screen.findByText('No aliases yet')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'New alias' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Aliases can be created once the domain is verified and active.',
    );
  });

  it('changes the destinations of an alias', async () => {
    const destinations = ['mario.rossi@acme-demo.it'];
    renderSignedIn(<AliasesTab {...testDomainTab()} />, {
      mocks: [
        list([info]),
        {
          request: { query: UpdateAliasMutation, variables: { id: 'als-info', destinations } },
          result: { data: { updateAlias: { ...info, destinations } } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit: info@acme-demo.it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove agente@example.org' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('info@acme-demo.it saved')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText('agente@example.org (external)')).not.toBeInTheDocument(),
    );
  });

  it('deletes an alias only after confirmation', async () => {
    renderSignedIn(<AliasesTab {...testDomainTab()} />, {
      mocks: [
        list([info]),
        {
          request: { query: DeleteAliasMutation, variables: { id: 'als-info' } },
          result: { data: { deleteAlias: 'als-info' } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete: info@acme-demo.it' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete info@acme-demo.it?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('info@acme-demo.it')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete: info@acme-demo.it' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete info@acme-demo.it?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );
    expect(await screen.findByText('info@acme-demo.it deleted')).toBeInTheDocument();
  });
});
