import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import {
  NotificationSettingsQuery,
  UpdateNotificationSettingsMutation,
} from './notifications.graphql';
import { NotificationsPage } from './notifications.page';
import { testNotificationSettings } from './test-notification-settings';

const QUOTA = {
  quotaEmailEnabled: true,
  quotaEmailRecipients: ['it@acme.example'],
  quotaWebhookEnabled: false,
};
const saved = testNotificationSettings(QUOTA);
const loaded = {
  request: { query: NotificationSettingsQuery },
  result: { data: { notificationSettings: saved } },
};
const update = (mxEmailEnabled: boolean, result: object) => ({
  request: {
    query: UpdateNotificationSettingsMutation,
    variables: { input: { ...QUOTA, mxEmailEnabled } },
  },
  result,
});
const mxSwitch = () =>
  screen.findByRole('switch', { name: 'E-mail MX notices to your contact address' });

describe('the MX notices switch', () => {
  it('is on by default and turns off at once, keeping the saved quota settings', async () => {
    renderWithProviders(<NotificationsPage />, {
      mocks: [
        loaded,
        update(false, {
          data: {
            updateNotificationSettings: testNotificationSettings({
              ...QUOTA,
              mxEmailEnabled: false,
            }),
          },
        }),
      ],
    });
    const toggle = await mxSwitch();
    expect(toggle).toBeChecked();
    expect(screen.getByRole('heading', { name: 'MX notices' })).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(await screen.findByText('MX notices by e-mail turned off')).toBeInTheDocument();
    await waitFor(() => expect(toggle).not.toBeChecked());
    await waitFor(() => expect(toggle).toBeEnabled());
  });

  it('stays as it was and says why when the save fails', async () => {
    renderWithProviders(<NotificationsPage />, {
      mocks: [
        loaded,
        update(false, {
          errors: [{ message: 'This API token is read-only.', extensions: { code: 'FORBIDDEN' } }],
        }),
      ],
    });
    const toggle = await mxSwitch();
    await userEvent.click(toggle);
    const section = screen.getByRole('region', { name: 'MX notices' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(/\S/);
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).toBeChecked();
  });

  it('speaks Italian', async () => {
    renderWithProviders(<NotificationsPage />, { mocks: [loaded], language: 'it' });
    expect(
      await screen.findByRole('switch', {
        name: 'Invia gli avvisi MX via email al tuo indirizzo di contatto',
      }),
    ).toBeChecked();
    expect(screen.getByRole('heading', { name: 'Avvisi MX' })).toBeInTheDocument();
  });
});
