import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WEBHOOK_URL_MESSAGES } from '@casella/shared';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import { WebhookEndpointDialog } from './webhook-endpoint.dialog';

const urlField = () => screen.getByLabelText(/^URL/);
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Create' }));
const pick = (name: RegExp) => userEvent.click(screen.getByRole('checkbox', { name }));

describe('the webhook endpoint dialog', () => {
  it('asks for https:// when the server is not a development one', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <WebhookEndpointDialog httpAllowed={false} onSubmit={onSubmit} onClose={vi.fn()} />,
    );
    expect(screen.getByText('An https:// address on the public internet')).toBeInTheDocument();
    await userEvent.type(urlField(), 'http://hooks.example.com/casella');
    await pick(/Mailbox above 80 %/);
    await submit();
    expect(await screen.findByText('Use an https:// address')).toBeInTheDocument();
    expect(urlField()).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('accepts http:// on a development server and sends the chosen events', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <WebhookEndpointDialog httpAllowed onSubmit={onSubmit} onClose={vi.fn()} />,
    );
    await userEvent.type(urlField(), ' http://hooks.example.com/casella ');
    await userEvent.type(screen.getByLabelText(/^Description/), 'Our CRM');
    await pick(/Mailbox above 80 %/);
    await pick(/Mailbox back below 75 %/);
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      url: 'http://hooks.example.com/casella',
      description: 'Our CRM',
      eventTypes: ['mailbox.quota.warning', 'mailbox.quota.recovered'],
      enabled: true,
    });
  });

  it('needs at least one event', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <WebhookEndpointDialog httpAllowed={false} onSubmit={onSubmit} onClose={vi.fn()} />,
    );
    await userEvent.type(urlField(), 'https://hooks.example.com/casella');
    await submit();
    expect(await screen.findByText('Choose at least one event')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows the server's refusal of a private address on the URL field", async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      graphQLError('VALIDATION_FAILED', `url: ${WEBHOOK_URL_MESSAGES.privateAddress}`, {
        fields: [
          { field: 'url', code: 'NOT_ALLOWED', message: WEBHOOK_URL_MESSAGES.privateAddress },
        ],
      }),
    );
    renderWithProviders(
      <WebhookEndpointDialog httpAllowed={false} onSubmit={onSubmit} onClose={vi.fn()} />,
      { language: 'it' },
    );
    await userEvent.type(screen.getByLabelText(/^URL/), 'https://intranet.example.com/hook');
    await userEvent.click(screen.getByRole('checkbox', { name: /Evento di prova/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Crea' }));
    expect(
      await screen.findByText(
        'Questo indirizzo è privato o interno: i webhook vanno solo a indirizzi pubblici',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^URL/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits an endpoint from its current values', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <WebhookEndpointDialog
        httpAllowed={false}
        endpoint={{
          url: 'https://hooks.example.com/a',
          description: 'CRM',
          eventTypes: ['mailbox.quota.warning'],
          enabled: false,
        }}
        onSubmit={onSubmit}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Edit webhook endpoint' })).toBeInTheDocument();
    expect(urlField()).toHaveValue('https://hooks.example.com/a');
    expect(screen.getByRole('switch', { name: 'Enabled' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('switch', { name: 'Enabled' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      url: 'https://hooks.example.com/a',
      eventTypes: ['mailbox.quota.warning'],
      enabled: true,
    });
  });
});
