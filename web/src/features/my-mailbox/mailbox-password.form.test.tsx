import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { MailboxPasswordForm } from './mailbox-password.form';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';
import { fieldFailure, testMailbox } from './test-mailbox';

const fill = async (current: string, next: string, repeat = next) => {
  await userEvent.type(screen.getByLabelText(/^Current password/), current);
  await userEvent.type(screen.getByLabelText(/^New password/), next);
  await userEvent.type(screen.getByLabelText(/^Repeat the new password/), repeat);
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
};

describe('the mailbox password form', () => {
  it('applies the mailbox rule: a letter and a digit', async () => {
    renderWithProviders(<MailboxPasswordForm />);
    await fill('mario-2026', 'onlyletters');
    expect(await screen.findByText('Use at least one letter and one digit')).toBeInTheDocument();
  });

  it('puts a wrong current password on its field', async () => {
    const input = { currentPassword: 'wrong-2026', newPassword: 'mario-2027' };
    renderWithProviders(<MailboxPasswordForm />, {
      mocks: [
        {
          request: { query: UpdateMyMailboxMutation, variables: { input } },
          result: fieldFailure('currentPassword', 'MISMATCH', 'The current password is wrong'),
        },
      ],
    });
    await fill(input.currentPassword, input.newPassword);
    await waitFor(() =>
      expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByText('The current password is wrong')).toBeInTheDocument();
  });

  it('reports success and clears the form', async () => {
    const input = { currentPassword: 'mario-2026', newPassword: 'mario-2027' };
    renderWithProviders(<MailboxPasswordForm />, {
      mocks: [
        {
          request: { query: UpdateMyMailboxMutation, variables: { input } },
          result: { data: { updateMyMailbox: testMailbox() } },
        },
      ],
    });
    await fill(input.currentPassword, input.newPassword);
    expect(
      await screen.findByText('Password changed; your other sessions were signed out'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Current password/)).toHaveValue('');
  });
});
