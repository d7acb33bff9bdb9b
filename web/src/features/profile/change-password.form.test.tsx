import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ChangePasswordForm } from './change-password.form';
import { ChangePasswordMutation } from './profile.graphql';

const fill = async (current: string, next: string, repeat = next) => {
  await userEvent.type(screen.getByLabelText(/^Current password/), current);
  await userEvent.type(screen.getByLabelText(/^New password/), next);
  await userEvent.type(screen.getByLabelText(/^Repeat the new password/), repeat);
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
};

describe('the password change form', () => {
  it('asks for the repeat to match', async () => {
    renderWithProviders(<ChangePasswordForm />);
    await fill('old-password-1', 'new-password-2', 'new-password-3');
    expect(await screen.findByText('The values do not match')).toBeInTheDocument();
  });

  it('applies the shared password rules', async () => {
    renderWithProviders(<ChangePasswordForm />, { language: 'it' });
    await userEvent.type(screen.getByLabelText(/^Password attuale/), 'old-password-1');
    await userEvent.type(screen.getByLabelText(/^Nuova password/), 'short');
    await userEvent.type(screen.getByLabelText(/^Ripeti la nuova password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Cambia password' }));
    expect(await screen.findByText('Almeno 10 caratteri')).toBeInTheDocument();
  });

  it('puts a wrong current password on its field', async () => {
    const input = { currentPassword: 'wrong-password-1', newPassword: 'new-password-2' };
    renderWithProviders(<ChangePasswordForm />, {
      mocks: [
        {
          request: { query: ChangePasswordMutation, variables: { input } },
          result: {
            errors: [
              {
                message: 'currentPassword: The current password is wrong',
                extensions: {
                  code: 'VALIDATION_FAILED',
                  fields: [
                    {
                      field: 'currentPassword',
                      code: 'MISMATCH',
                      message: 'The current password is wrong',
                    },
                  ],
                },
              },
            ],
          },
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
    const input = { currentPassword: 'old-password-1', newPassword: 'new-password-2' };
    renderWithProviders(<ChangePasswordForm />, {
      mocks: [
        {
          request: { query: ChangePasswordMutation, variables: { input } },
          result: { data: { changePassword: true } },
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
