import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import {
  CreateDomainAliasDialog,
  type CreateDomainAliasDialogProps,
} from './create-domain-alias.dialog';

const setup = (language: 'en' | 'it' = 'en') => {
  const onSubmit = vi.fn<CreateDomainAliasDialogProps['onSubmit']>().mockResolvedValue(undefined);
  const onClose = vi.fn();
  renderWithProviders(
    <CreateDomainAliasDialog domainName="acme-demo.it" onSubmit={onSubmit} onClose={onClose} />,
    { language },
  );
  return { onSubmit, onClose };
};
const create = (name = 'Create') => userEvent.click(screen.getByRole('button', { name }));

describe('the new domain alias dialog', () => {
  it('accepts an accented name and shows what DNS will see', async () => {
    const { onSubmit, onClose } = setup();
    await userEvent.type(screen.getByLabelText(/^Name/), 'Caffè.it');
    expect(screen.getByText('DNS name: xn--caff-8oa.it')).toBeInTheDocument();
    await create();
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ name: 'xn--caff-8oa.it', allowWww: false }),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('refuses a name mixing scripts, with the rule the server applies, in Italian too', async () => {
    const { onSubmit } = setup('it');
    // A Cyrillic "а" among Latin letters: a look-alike of paypal.it.
    await userEvent.type(screen.getByLabelText(/^Nome/), 'pаypal.it');
    await create('Crea');
    expect(
      await screen.findByText('Un’etichetta mescola alfabeti diversi (ad es. latino e cirillico)'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nome/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks to confirm a www. prefix', async () => {
    const { onSubmit } = setup();
    await userEvent.type(screen.getByLabelText(/^Name/), 'www.acme-demo.com');
    await create();
    expect(await screen.findByText(/written without www\./)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'The name starts with www. on purpose' }),
    );
    await create();
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ name: 'www.acme-demo.com', allowWww: true }),
    );
  });

  it('says when the name is already on the platform', async () => {
    const { onSubmit, onClose } = setup();
    onSubmit.mockRejectedValue(
      graphQLError('CONFLICT', 'This name is already on the platform.', {
        fields: [
          { field: 'name', code: 'TAKEN', message: 'This name is already on the platform.' },
        ],
      }),
    );
    await userEvent.type(screen.getByLabelText(/^Name/), 'acme-demo.com');
    await create();
    expect(await screen.findByText('This name is already on the platform')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
