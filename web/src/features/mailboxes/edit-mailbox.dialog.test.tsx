import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MailboxRowFragment } from '../../gql/graphql';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import { EditMailboxDialog, type EditMailboxDialogProps } from './edit-mailbox.dialog';
import { testMailboxRow } from './test-mail-objects';

const setup = (
  mailbox: MailboxRowFragment = testMailboxRow(),
  over: Partial<EditMailboxDialogProps> = {},
) => {
  const onSubmit = vi.fn<EditMailboxDialogProps['onSubmit']>().mockResolvedValue(undefined);
  const onClose = vi.fn();
  renderWithProviders(
    <EditMailboxDialog
      mailbox={mailbox}
      tiers={[1, 2, 3, 4, 5, 6, 7, 8]}
      maxQuotaGb={null}
      may={{ edit: true, changePassword: true }}
      onSubmit={onSubmit}
      onClose={onClose}
      {...over}
    />,
  );
  return { onSubmit, onClose };
};
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('the edit mailbox dialog', () => {
  it('sends only what changed, keeping the password when left empty', async () => {
    const { onSubmit, onClose } = setup();
    expect(screen.getByRole('combobox', { name: 'Quota' })).toHaveTextContent('2 GB');
    const first = screen.getByLabelText('First name');
    await userEvent.clear(first);
    await userEvent.type(first, 'Maria');
    await userEvent.click(screen.getByRole('combobox', { name: 'State' }));
    await userEvent.click(screen.getByRole('option', { name: 'Disabled' }));
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith({ firstName: 'Maria', state: 'DISABLED' });
    expect(onClose).toHaveBeenCalled();
  });

  it('checks a new password only when one is typed', async () => {
    const { onSubmit } = setup();
    await userEvent.type(screen.getByLabelText(/^New password/), 'abc1');
    await save();
    expect(await screen.findByText('At least 8 characters')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/^New password/), 'defgh');
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ password: 'abc1defgh' }));
  });

  it('saves an automatic reply set by the administrator', async () => {
    const { onSubmit } = setup();
    await userEvent.click(screen.getByRole('switch', { name: 'Send an automatic reply' }));
    await userEvent.type(screen.getByLabelText('Message'), 'Away until Monday.');
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith({
      autoresponder: {
        enabled: true,
        subject: '',
        body: 'Away until Monday.',
        startsAt: null,
        endsAt: null,
      },
    });
  });

  it('lets a login that may only change passwords change just that', async () => {
    const { onSubmit } = setup(testMailboxRow(), { may: { edit: false, changePassword: true } });
    expect(
      screen.getByText('You may change only the password of this mailbox.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Quota' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^New password/), 'nuova-2026');
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ password: 'nuova-2026' }));
  });

  it("keeps the postmaster's quota fixed and the postmaster active", () => {
    setup(
      testMailboxRow({
        id: 'mbx-postmaster',
        address: 'postmaster@acme-demo.it',
        localPart: 'postmaster',
        isPostmaster: true,
        quotaMb: 50,
      }),
    );
    expect(screen.getByText('The postmaster mailbox has a fixed 50 MB quota.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Quota' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'State' })).not.toBeInTheDocument();
  });

  it('leaves a blocked mailbox to the provider', () => {
    setup(testMailboxRow({ state: 'BLOCKED' }));
    expect(screen.queryByRole('combobox', { name: 'State' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Created beyond the plan limits: your provider releases it/),
    ).toBeInTheDocument();
  });

  it("keeps a tier the viewer could not give, and explains the server's refusal", async () => {
    const { onSubmit } = setup(testMailboxRow({ quotaMb: 16 * 1024 }));
    expect(screen.getByRole('combobox', { name: 'Quota' })).toHaveTextContent('16 GB');
    onSubmit.mockRejectedValue(
      graphQLError('VALIDATION_FAILED', 'quotaGb: 25 GB mailboxes are set by your provider', {
        fields: [
          {
            field: 'quotaGb',
            code: 'NOT_ALLOWED',
            message: '25 GB mailboxes are set by your provider',
          },
        ],
      }),
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Quota' }));
    await userEvent.click(screen.getByRole('option', { name: '8 GB' }));
    await save();
    expect(await screen.findByText('25 GB mailboxes are set by your provider')).toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledWith({ quotaGb: 8 });
  });

  it('closes without a request when nothing changed', async () => {
    const { onSubmit, onClose } = setup();
    await save();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
