import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { MailboxUsageBar } from './mailbox-usage.component';

const GB = 1024 ** 3;
const reported = (bytes: number, messages = 1234) => ({
  __typename: 'MailboxUsage' as const,
  bytes,
  messages,
  reportedAt: '2026-11-29T10:15:00Z',
});

const bar = () => screen.getByRole('progressbar');

describe('the mailbox usage bar', () => {
  it('shows a mailbox near its quota (90 %) in amber, with the figures in the panel’s language', async () => {
    renderWithProviders(<MailboxUsageBar usage={reported(1.8 * GB)} quotaMb={2048} />);
    expect(screen.getByText('1.8 GB of 2 GB')).toBeVisible();
    expect(screen.getByText('90%')).toBeVisible();
    expect(bar()).toHaveAttribute('aria-valuenow', '90');
    expect(bar()).toHaveAccessibleName('Space used: 1.8 GB of 2 GB (90%)');
    expect(bar()).toHaveClass('MuiLinearProgress-colorWarning');
    // When and how many messages: in a tooltip, for the mouse and the keyboard.
    await userEvent.tab();
    expect(
      await screen.findByRole('tooltip', {
        name: /^1,234 messages, as the mail server reported on 29 Nov 2026/,
      }),
    ).toBeVisible();
  });

  it('is plain below 80 %, amber from 80 % and red from 95 %, counting whole percentages down', () => {
    const tone = (bytes: number) => {
      const { unmount } = renderWithProviders(
        <MailboxUsageBar usage={reported(bytes)} quotaMb={1024} />,
      );
      const result = {
        share: screen.getByText(/%$/).textContent,
        colour: /colorWarning/.test(bar().className)
          ? 'amber'
          : /colorError/.test(bar().className)
            ? 'red'
            : 'plain',
      };
      unmount();
      return result;
    };
    expect(tone(0.5 * GB)).toEqual({ share: '50%', colour: 'plain' });
    expect(tone(0.799 * GB)).toEqual({ share: '79%', colour: 'plain' });
    expect(tone(0.8 * GB)).toEqual({ share: '80%', colour: 'amber' });
    expect(tone(0.949 * GB)).toEqual({ share: '94%', colour: 'amber' });
    expect(tone(0.95 * GB)).toEqual({ share: '95%', colour: 'red' });
  });

  it('over a quota that was lowered, the bar is full and the share says by how much', () => {
    renderWithProviders(<MailboxUsageBar usage={reported(1.2 * GB)} quotaMb={1024} />);
    expect(screen.getByText('120%')).toBeVisible();
    expect(bar()).toHaveAttribute('aria-valuenow', '100');
    expect(bar()).toHaveClass('MuiLinearProgress-colorError');
  });

  it('writes Italian figures the Italian way', async () => {
    renderWithProviders(<MailboxUsageBar usage={reported(1.8 * GB, 12345)} quotaMb={2048} />, {
      language: 'it',
    });
    expect(screen.getByText('1,8 GB di 2 GB')).toBeVisible();
    await userEvent.hover(screen.getByText('1,8 GB di 2 GB'));
    expect(
      await screen.findByRole('tooltip', {
        name: /^12\.345 messaggi, come rilevato dal server di posta il 29 nov 2026/,
      }),
    ).toBeVisible();
  });

  it('says when the mail server has not reported yet, with the quota where it is not said elsewhere', () => {
    const { unmount } = renderWithProviders(<MailboxUsageBar usage={null} quotaMb={2048} />);
    expect(screen.getByText('Not reported yet')).toBeVisible();
    expect(screen.getByText('Quota: 2 GB')).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
    unmount();
    renderWithProviders(<MailboxUsageBar usage={null} quotaMb={2048} showQuota={false} />);
    expect(screen.getByText('Not reported yet')).toBeVisible();
    expect(screen.queryByText('Quota: 2 GB')).toBeNull();
  });
});
