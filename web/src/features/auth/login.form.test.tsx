import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { LoginForm } from './login.form';

describe('the login form', () => {
  it('signs a panel user in with the login name, trimmed and lower-cased', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText(/^Login name/), '  Reseller ');
    await userEvent.type(screen.getByLabelText(/^Password/), 'reseller-demo-1');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ login: 'reseller', password: 'reseller-demo-1' }),
    );
  });

  it('says which fields are missing, on the fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<LoginForm onSubmit={onSubmit} />, { language: 'it' });
    await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findAllByText('Campo obbligatorio')).toHaveLength(2);
    expect(screen.getByLabelText(/^Nome utente/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('signs a mailbox owner in with user and domain, sent as the full address', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Mailbox' }));
    await userEvent.type(screen.getByLabelText(/^User or full address/), 'Mario');
    await userEvent.type(screen.getByLabelText(/^Domain/), 'Example.com');
    await userEvent.type(screen.getByLabelText(/^Password/), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ login: 'mario@example.com', password: 'secret' }),
    );
  });

  it('accepts the full address alone, with the domain box disabled', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Mailbox' }));
    await userEvent.type(screen.getByLabelText(/^User or full address/), 'anna@example.it');
    expect(screen.getByLabelText(/^Domain/)).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/^Password/), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ login: 'anna@example.it', password: 'secret' }),
    );
  });

  it('asks for the domain when only a user name is given', async () => {
    renderWithProviders(<LoginForm onSubmit={vi.fn()} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Mailbox' }));
    await userEvent.type(screen.getByLabelText(/^User or full address/), 'mario');
    await userEvent.type(screen.getByLabelText(/^Password/), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Domain/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a sign-in failure as an alert', () => {
    renderWithProviders(<LoginForm onSubmit={vi.fn()} error="Wrong login or password." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong login or password.');
  });
});
