import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MyMailboxFieldsFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { MyMailboxPage } from './my-mailbox.page';
import { MyMailboxQuery } from './my-mailbox.graphql';
import { testMailbox } from './test-mailbox';

const server = (host: string, port: number, security: string) => ({
  __typename: 'ClientServer' as const,
  host,
  port,
  security,
  enabled: true,
});

const loaded = (over: Partial<MyMailboxFieldsFragment>) => ({
  request: { query: MyMailboxQuery },
  result: {
    data: {
      myMailbox: testMailbox(over),
      clientSettings: {
        __typename: 'ClientSettings' as const,
        login: 'mario.rossi@acme-demo.it',
        imap: server('imap.casella.local', 993, 'TLS'),
        pop: server('pop.casella.local', 995, 'TLS'),
        smtp: server('smtp.casella.local', 587, 'STARTTLS'),
      },
    },
  },
});

const details = () => screen.findByRole('region', { name: 'Your mailbox' });

describe('my mailbox page', () => {
  it('shows the owner how full the mailbox is, near its quota in amber', async () => {
    renderWithProviders(<MyMailboxPage />, {
      mocks: [
        loaded({
          usage: {
            __typename: 'MailboxUsage',
            bytes: 0.9 * 2 * 1024 ** 3,
            messages: 5120,
            reportedAt: '2026-11-29T10:15:00Z',
          },
        }),
      ],
    });
    const section = await details();
    const bar = await within(section).findByRole('progressbar');
    expect(bar).toHaveAccessibleName('Space used: 1.8 GB of 2 GB (90%)');
    expect(bar).toHaveClass('MuiLinearProgress-colorWarning');
  });

  it('says the usage is not reported yet, the quota on its own line', async () => {
    renderWithProviders(<MyMailboxPage />, { mocks: [loaded({ usage: null })] });
    const section = await details();
    expect(await within(section).findByText('Not reported yet')).toBeVisible();
    expect(within(section).getByText('2 GB', { exact: true })).toBeVisible();
    expect(within(section).queryByText('Quota: 2 GB')).toBeNull();
  });
});
