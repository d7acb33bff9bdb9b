import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import { OrganisationFormDialog } from './organisation-form.dialog';

const fill = async () => {
  await userEvent.type(screen.getByLabelText(/^Name/), 'Umbrella Srl');
  await userEvent.type(screen.getByLabelText(/^Contact e-mail/), 'IT@Umbrella.example');
  await userEvent.type(screen.getByLabelText(/^Administrator login/), 'umbrella-admin');
  await userEvent.type(screen.getByLabelText(/^Administrator password/), 'umbrella-pass-1');
};

describe('the organisation form', () => {
  it('sends what the shared schema makes of the input', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const onClose = vi.fn();
    renderWithProviders(
      <OrganisationFormDialog
        open
        mode="create"
        title="New customer"
        onClose={onClose}
        onSubmit={onSubmit}
      />,
    );
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      {
        name: 'Umbrella Srl',
        contactEmail: 'it@umbrella.example',
        language: 'it',
        admin: { login: 'umbrella-admin', password: 'umbrella-pass-1' },
      },
      undefined,
    );
  });

  it('lets the platform pick the reseller a customer belongs to', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <OrganisationFormDialog
        open
        mode="create"
        title="New customer"
        parentOptions={[{ id: 'o-reseller', name: 'Rivendita Demo' }]}
        onClose={vi.fn()}
        onSubmit={onSubmit}
      />,
    );
    await fill();
    await userEvent.click(screen.getByLabelText(/^Reseller/));
    await userEvent.click(screen.getByRole('option', { name: 'Rivendita Demo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(
        expect.objectContaining({ name: 'Umbrella Srl' }),
        'o-reseller',
      ),
    );
  });

  it('checks the password rule before sending', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <OrganisationFormDialog
        open
        mode="create"
        title="New customer"
        onClose={vi.fn()}
        onSubmit={onSubmit}
      />,
    );
    await fill();
    const password = screen.getByLabelText(/^Administrator password/);
    await userEvent.clear(password);
    await userEvent.type(password, 'onlyletters-here');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Use at least one letter and one digit')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("puts the server's taken-login conflict on the administrator login, in Italian", async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      graphQLError('CONFLICT', 'This login is already taken.', {
        fields: [{ field: 'admin.login', code: 'TAKEN', message: 'This login is already taken.' }],
      }),
    );
    const onClose = vi.fn();
    renderWithProviders(
      <OrganisationFormDialog
        open
        mode="create"
        title="Nuovo cliente"
        onClose={onClose}
        onSubmit={onSubmit}
      />,
      { language: 'it' },
    );
    await userEvent.type(screen.getByLabelText(/^Nome\W*$/), 'Umbrella Srl');
    await userEvent.type(screen.getByLabelText(/^E-mail di contatto/), 'it@umbrella.example');
    await userEvent.type(screen.getByLabelText(/^Nome utente dell’amministratore/), 'acme');
    await userEvent.type(screen.getByLabelText(/^Password dell’amministratore/), 'umbrella-pass-1');
    await userEvent.click(screen.getByRole('button', { name: 'Crea' }));
    const login = screen.getByLabelText(/^Nome utente dell’amministratore/);
    await waitFor(() => expect(login).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Già in uso')).toBeInTheDocument();
    expect(login).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows errors that belong to no field above the form', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(graphQLError('FORBIDDEN', 'You need CUSTOMERS_MANAGE.'));
    renderWithProviders(
      <OrganisationFormDialog
        open
        mode="create"
        title="New customer"
        onClose={vi.fn()}
        onSubmit={onSubmit}
      />,
    );
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    // Above the form, and in the snackbar every failed mutation raises.
    expect(await screen.findAllByText(/You are not allowed to do this/)).toHaveLength(2);
  });

  it('edits without the administrator account', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <OrganisationFormDialog
        open
        mode="edit"
        title="Edit customer"
        initial={{ name: 'Acme S.r.l.', contactEmail: 'admin@acme.example', language: 'en' }}
        onClose={vi.fn()}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.queryByLabelText(/^Administrator login/)).not.toBeInTheDocument();
    const name = screen.getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Acme Italia');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        name: 'Acme Italia',
        contactEmail: 'admin@acme.example',
        language: 'en',
      }),
    );
  });
});
