import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { UserRowFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { EditUserDialog } from './edit-user.dialog';

const member: UserRowFragment = {
  __typename: 'User',
  id: 'u-lucia',
  login: 'lucia',
  name: 'Lucia Bianchi',
  email: 'lucia@example.com',
  role: 'MEMBER',
  permissions: ['LOGS_VIEW'],
  disabled: false,
  lastLoginAt: null,
  createdAt: '2026-11-29T05:00:00Z',
  grantedCustomers: [],
};

describe('the edit login form', () => {
  it('changes permissions and disables sign-in, keeping the password when left empty', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <EditUserDialog
        user={member}
        orgKind="RESELLER"
        isSelf={false}
        onSubmit={onSubmit}
        onClose={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'API access' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Sign-in disabled' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      name: 'Lucia Bianchi',
      permissions: ['LOGS_VIEW', 'API_ACCESS'],
      disabled: true,
      password: '',
    });
  });

  it('checks a new password against the panel rule', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <EditUserDialog
        user={member}
        orgKind="RESELLER"
        isSelf={false}
        onSubmit={onSubmit}
        onClose={vi.fn()}
      />,
    );
    await userEvent.type(screen.getByLabelText(/^New password/), 'abcdefghijk');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Use at least one letter and one digit')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('does not let you change your own permissions or lock yourself out', () => {
    renderWithProviders(
      <EditUserDialog
        user={member}
        orgKind="RESELLER"
        isSelf
        onSubmit={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.queryByRole('group', { name: 'Permissions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: 'Sign-in disabled' })).not.toBeInTheDocument();
  });
});
