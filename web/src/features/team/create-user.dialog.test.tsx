import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import { CreateUserDialog } from './create-user.dialog';
import { GrantableCustomersQuery } from './team.graphql';

const grantable = {
  request: { query: GrantableCustomersQuery },
  result: {
    data: {
      customers: {
        __typename: 'OrganisationConnection' as const,
        edges: [
          {
            __typename: 'OrganisationEdge' as const,
            node: { __typename: 'Organisation' as const, id: 'o-acme', name: 'Acme S.r.l.' },
          },
          {
            __typename: 'OrganisationEdge' as const,
            node: { __typename: 'Organisation' as const, id: 'o-globex', name: 'Globex S.p.A.' },
          },
        ],
      },
    },
  },
};

const fillAccount = async () => {
  await userEvent.type(screen.getByLabelText(/^Full name/), 'Lucia Bianchi');
  await userEvent.type(screen.getByLabelText(/^E-mail/), 'lucia@example.com');
  await userEvent.type(screen.getByLabelText(/^Login name/), 'lucia');
  await userEvent.type(screen.getByLabelText(/^Password/), 'lucia-pass-12');
};

const permissionLabels = () =>
  within(screen.getByRole('group', { name: 'Permissions' }))
    .getAllByRole('checkbox')
    .map((c) => c.closest('label')?.textContent);

describe('the new login form', () => {
  it('creates a team member with just the chosen permissions', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <CreateUserDialog
        roles={['MEMBER', 'ADMIN']}
        orgKind="RESELLER"
        onSubmit={onSubmit}
        onClose={vi.fn()}
      />,
    );
    await fillAccount();
    await userEvent.click(screen.getByRole('checkbox', { name: 'View logs' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'API access' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      login: 'lucia',
      role: 'MEMBER',
      permissions: ['LOGS_VIEW', 'API_ACCESS'],
      grantedCustomerIds: [],
    });
  });

  it('offers a customer no reseller-only permissions', () => {
    renderWithProviders(
      <CreateUserDialog
        roles={['MEMBER', 'ADMIN']}
        orgKind="CUSTOMER"
        onSubmit={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const labels = permissionLabels();
    expect(labels).toContain('Add domains');
    expect(labels).not.toContain('Manage customers');
    expect(labels).not.toContain('Manage managers');
  });

  it('gives a manager its customer permissions and grants', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <CreateUserDialog
        roles={['MEMBER', 'ADMIN', 'MANAGER']}
        orgKind="RESELLER"
        onSubmit={onSubmit}
        onClose={vi.fn()}
      />,
      { mocks: [grantable] },
    );
    await fillAccount();
    await userEvent.click(screen.getByLabelText(/^Role/));
    await userEvent.click(screen.getByRole('option', { name: 'Manager' }));
    expect(permissionLabels()).not.toContain('Manage the team');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Add mailboxes' }));
    await userEvent.click(screen.getByLabelText(/^Customers this manager acts on/));
    await userEvent.click(await screen.findByRole('option', { name: 'Globex S.p.A.' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      role: 'MANAGER',
      permissions: ['MAILBOXES_ADD'],
      grantedCustomerIds: ['o-globex'],
    });
  });

  it('tells an administrator it holds everything', async () => {
    renderWithProviders(
      <CreateUserDialog
        roles={['ADMIN', 'MEMBER']}
        orgKind="RESELLER"
        onSubmit={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByText('Administrators hold every permission.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Permissions' })).not.toBeInTheDocument();
  });

  it('shows server field errors on the login and the permissions', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      graphQLError('VALIDATION_FAILED', 'Some fields are not valid.', {
        fields: [
          { field: 'login', code: 'TAKEN', message: 'This login is already taken.' },
          {
            field: 'permissions',
            code: 'NOT_ALLOWED',
            message: 'CUSTOMERS_MANAGE is only for resellers',
          },
        ],
      }),
    );
    renderWithProviders(
      <CreateUserDialog
        roles={['MEMBER']}
        orgKind="RESELLER"
        onSubmit={onSubmit}
        onClose={vi.fn()}
      />,
    );
    await fillAccount();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Already taken')).toBeInTheDocument();
    expect(screen.getByText('Not allowed')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Login name/)).toHaveAttribute('aria-invalid', 'true');
  });
});
