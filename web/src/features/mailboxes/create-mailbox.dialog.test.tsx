import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import { CreateMailboxDialog, type CreateMailboxDialogProps } from './create-mailbox.dialog';

const setup = (over: Partial<CreateMailboxDialogProps> = {}, language: 'en' | 'it' = 'en') => {
  const onSubmit = vi.fn<CreateMailboxDialogProps['onSubmit']>().mockResolvedValue(undefined);
  const onClose = vi.fn();
  renderWithProviders(
    <CreateMailboxDialog
      domainName="acme-demo.it"
      tiers={[1, 2, 3, 4, 5, 6, 7, 8]}
      maxQuotaGb={null}
      defaultQuotaGb={2}
      domainServices={{
        __typename: 'DomainServices',
        pop: true,
        imap: true,
        smtp: true,
        webmail: false,
      }}
      onSubmit={onSubmit}
      onClose={onClose}
      {...over}
    />,
    { language },
  );
  return { onSubmit, onClose };
};

const fillRequired = async (localPart = 'lucia', password = 'lucia-2026') => {
  await userEvent.type(screen.getByLabelText(/^Address/), localPart);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
};
const create = () => userEvent.click(screen.getByRole('button', { name: 'Create' }));

describe('the new mailbox dialog', () => {
  it('creates a mailbox with its address, password, quota, services and forwards', async () => {
    const { onSubmit, onClose } = setup();
    expect(screen.getByText('@acme-demo.it')).toBeInTheDocument();
    // The domain's default quota is preselected.
    expect(screen.getByRole('combobox', { name: 'Quota' })).toHaveTextContent('2 GB');
    await fillRequired(' Lucia.Bianchi ');
    await userEvent.type(screen.getByLabelText('First name'), 'Lucia');
    await userEvent.click(screen.getByRole('combobox', { name: 'Quota' }));
    await userEvent.click(screen.getByRole('option', { name: '4 GB' }));
    await userEvent.click(screen.getByRole('switch', { name: 'POP' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await userEvent.type(screen.getByLabelText('Forward address 1'), 'lucia@example.org');
    await create();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({
      localPart: 'lucia.bianchi',
      password: 'lucia-2026',
      firstName: 'Lucia',
      quotaGb: 4,
      services: { pop: false, imap: true, smtp: true, webmail: true },
      forwards: ['lucia@example.org'],
      keepCopy: true,
      autoresponder: { enabled: false },
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('shows a service the domain has off as off, and why', () => {
    setup();
    const webmail = screen.getByRole('switch', { name: 'Webmail (Off for the whole domain)' });
    expect(webmail).toBeDisabled();
    expect(webmail).not.toBeChecked();
  });

  it('checks the address and the password with the shared rules', async () => {
    const { onSubmit } = setup();
    await fillRequired('mario..rossi', 'onlyletters');
    await create();
    expect(await screen.findByText('Not in the expected format')).toBeInTheDocument();
    expect(screen.getByText('Use at least one letter and one digit')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Address/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for the reply text when the automatic reply is on', async () => {
    const { onSubmit } = setup();
    await fillRequired();
    await userEvent.click(screen.getByRole('switch', { name: 'Send an automatic reply' }));
    await create();
    expect(await screen.findByText('Write the reply text')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says an address is taken by a mailbox or an alias, on the address', async () => {
    const { onSubmit, onClose } = setup();
    onSubmit.mockRejectedValue(
      graphQLError('CONFLICT', 'This address already exists.', {
        fields: [{ field: 'localPart', code: 'TAKEN', message: 'This address already exists.' }],
      }),
    );
    await fillRequired('postmaster');
    await create();
    expect(
      await screen.findByText('This address is already used by a mailbox or an alias'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Address/)).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('names the plan limit that was reached, in Italian too', async () => {
    const { onSubmit } = setup({}, 'it');
    onSubmit.mockRejectedValue(
      graphQLError(
        'CONFLICT',
        'The limit of 5 mailboxes of the plan is reached. Upgrade the plan or remove some first.',
      ),
    );
    await userEvent.type(screen.getByLabelText(/^Indirizzo/), 'lucia');
    await userEvent.type(screen.getByLabelText(/^Password/), 'lucia-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Crea' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Il tuo piano comprende 5 caselle');
  });

  it("names a reseller's pool when that is what is full", async () => {
    const { onSubmit } = setup();
    onSubmit.mockRejectedValue(
      graphQLError(
        'CONFLICT',
        "The limit of 100 mailboxes of Rivendita Demo's pool is reached. Upgrade the plan or remove some first.",
      ),
    );
    await fillRequired();
    await create();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The 100 mailboxes of Rivendita Demo's plan are all in use.",
    );
  });

  it('puts a refused quota on the quota, naming the maximum', async () => {
    const { onSubmit } = setup();
    onSubmit.mockRejectedValue(
      graphQLError('VALIDATION_FAILED', 'quotaGb: At most 4 GB on this domain', {
        fields: [{ field: 'quotaGb', code: 'NOT_ALLOWED', message: 'At most 4 GB on this domain' }],
      }),
    );
    await fillRequired();
    await create();
    const quota = screen.getByRole('combobox', { name: 'Quota' });
    await waitFor(() => expect(quota).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('At most 4 GB on this domain')).toBeInTheDocument();
  });

  it('offers only the tiers it is given and says the maximum', async () => {
    setup({ tiers: [1, 2, 3, 4], maxQuotaGb: 4, defaultQuotaGb: 8 });
    const quota = screen.getByRole('combobox', { name: 'Quota' });
    // The domain's default is above its max: the largest allowed tier is used.
    expect(quota).toHaveTextContent('4 GB');
    expect(screen.getByText('Up to 4 GB on this domain')).toBeInTheDocument();
    await userEvent.click(quota);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['1 GB', '2 GB', '3 GB', '4 GB']);
  });
});
