import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { UpdateNotificationSettingsMutation } from './notifications.graphql';
import { QuotaNoticesForm } from './quota-notices.form';
import { testNotificationSettings as settings } from './test-notification-settings';

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));
const emailSwitch = () => screen.getByRole('switch', { name: 'Send quota notices by e-mail' });

describe('the quota notices form', () => {
  it('asks for an address once e-mail notices are on', async () => {
    renderWithProviders(<QuotaNoticesForm settings={settings()} />);
    expect(screen.queryByRole('button', { name: 'Add an address' })).not.toBeInTheDocument();
    await userEvent.click(emailSwitch());
    expect(screen.getByText('No addresses yet')).toBeInTheDocument();
    await save();
    expect(await screen.findByText('Add at least one address')).toBeInTheDocument();
  });

  it('checks each address with the shared rule', async () => {
    renderWithProviders(<QuotaNoticesForm settings={settings({ quotaEmailEnabled: true })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await userEvent.type(screen.getByLabelText('Address 1'), 'not-an-address');
    await save();
    expect(await screen.findByText('Not in the expected format')).toBeInTheDocument();
    expect(screen.getByLabelText('Address 1')).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves the addresses, normalised, and the webhook switch', async () => {
    const input = {
      quotaEmailEnabled: true,
      quotaEmailRecipients: ['it@acme.example'],
      quotaWebhookEnabled: false,
    };
    renderWithProviders(<QuotaNoticesForm settings={settings()} />, {
      mocks: [
        {
          request: { query: UpdateNotificationSettingsMutation, variables: { input } },
          result: { data: { updateNotificationSettings: settings(input) } },
        },
      ],
    });
    await userEvent.click(emailSwitch());
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await userEvent.type(screen.getByLabelText('Address 1'), ' IT@Acme.example ');
    await userEvent.click(
      screen.getByRole('switch', {
        name: 'Send quota events to the webhook endpoints subscribed to them',
      }),
    );
    await save();
    expect(await screen.findByText('Quota notices saved')).toBeInTheDocument();
    expect(screen.getByLabelText('Address 1')).toHaveValue('it@acme.example');
  });

  it('puts a server error on the address it names', async () => {
    const input = {
      quotaEmailEnabled: true,
      quotaEmailRecipients: ['a@acme.example', 'b@acme.example'],
      quotaWebhookEnabled: true,
    };
    renderWithProviders(<QuotaNoticesForm settings={settings(input)} />, {
      mocks: [
        {
          request: { query: UpdateNotificationSettingsMutation, variables: { input } },
          result: {
            errors: [
              {
                message: 'quotaEmailRecipients.1: Not allowed',
                extensions: {
                  code: 'VALIDATION_FAILED',
                  fields: [
                    {
                      field: 'quotaEmailRecipients.1',
                      code: 'NOT_ALLOWED',
                      message: 'Not allowed',
                    },
                  ],
                },
              },
            ],
          },
        },
      ],
    });
    await save();
    await waitFor(() =>
      expect(screen.getByLabelText('Address 2')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByLabelText('Address 1')).toHaveAttribute('aria-invalid', 'false');
  });

  it('speaks Italian', async () => {
    renderWithProviders(<QuotaNoticesForm settings={settings({ quotaEmailEnabled: true })} />, {
      language: 'it',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Aggiungi almeno un indirizzo')).toBeInTheDocument();
  });
});
