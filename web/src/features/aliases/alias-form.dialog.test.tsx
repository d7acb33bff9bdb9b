import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { graphQLError } from '../../test/graphql-error';
import { renderWithProviders } from '../../test/render';
import { AliasFormDialog, type AliasFormDialogProps } from './alias-form.dialog';

const info = {
  __typename: 'Alias' as const,
  id: 'als-info',
  address: 'info@acme-demo.it',
  localPart: 'info',
  destinations: ['mario.rossi@acme-demo.it', 'anna.bianchi@acme-demo.it'],
};

const setup = (over: Partial<AliasFormDialogProps> = {}, language: 'en' | 'it' = 'en') => {
  const onSubmit = vi.fn<AliasFormDialogProps['onSubmit']>().mockResolvedValue(undefined);
  const onClose = vi.fn();
  renderWithProviders(
    <AliasFormDialog domainName="acme-demo.it" onSubmit={onSubmit} onClose={onClose} {...over} />,
    { language },
  );
  return { onSubmit, onClose };
};

describe('the alias dialog', () => {
  it('creates an alias to a local mailbox and an external address', async () => {
    const { onSubmit, onClose } = setup();
    expect(screen.getByText('@acme-demo.it')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Address/), 'Vendite');
    await userEvent.type(screen.getByLabelText('Destination 1'), 'mario.rossi@acme-demo.it');
    await userEvent.click(screen.getByRole('button', { name: 'Add a destination' }));
    await userEvent.type(screen.getByLabelText('Destination 2'), 'Agente@Example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        localPart: 'vendite',
        destinations: ['mario.rossi@acme-demo.it', 'agente@example.org'],
      }),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('wants at least one destination', async () => {
    const { onSubmit } = setup();
    await userEvent.type(screen.getByLabelText(/^Address/), 'vendite');
    await userEvent.click(screen.getByRole('button', { name: 'Remove this destination' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Add at least one destination')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says an alias cannot shadow a mailbox or another alias', async () => {
    const { onSubmit, onClose } = setup();
    onSubmit.mockRejectedValue(
      graphQLError('CONFLICT', 'This address already exists.', {
        fields: [{ field: 'localPart', code: 'TAKEN', message: 'This address already exists.' }],
      }),
    );
    await userEvent.type(screen.getByLabelText(/^Address/), 'mario.rossi');
    await userEvent.type(screen.getByLabelText('Destination 1'), 'anna.bianchi@acme-demo.it');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await screen.findByText('This address is already used by a mailbox or an alias'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Address/)).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('puts a loop on the destination that closes it, in Italian too', async () => {
    const { onSubmit } = setup({ alias: info }, 'it');
    onSubmit.mockRejectedValue(
      graphQLError('VALIDATION_FAILED', 'destinations.1: This would make mail go round in a loop', {
        fields: [
          {
            field: 'destinations.1',
            code: 'NOT_ALLOWED',
            message: 'This would make mail go round in a loop',
          },
        ],
      }),
    );
    expect(screen.getByRole('dialog', { name: 'Modifica info@acme-demo.it' })).toBeInTheDocument();
    // The address of an existing alias is not editable.
    expect(screen.queryByLabelText(/^Indirizzo/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText('Così la posta girerebbe in tondo senza fine'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Destinatario 2')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Destinatario 1')).toHaveAttribute('aria-invalid', 'false');
    expect(onSubmit).toHaveBeenCalledWith({
      localPart: 'info',
      destinations: info.destinations,
    });
  });

  it('says when the domain is not active yet', async () => {
    const { onSubmit } = setup();
    onSubmit.mockRejectedValue(
      graphQLError('VALIDATION_FAILED', 'domainId: not active', {
        fields: [
          {
            field: 'domainId',
            code: 'NOT_ALLOWED',
            message: 'Aliases can be created only on an active (verified) domain',
          },
        ],
      }),
    );
    await userEvent.type(screen.getByLabelText(/^Address/), 'vendite');
    await userEvent.type(screen.getByLabelText('Destination 1'), 'anna.bianchi@acme-demo.it');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Aliases can be created once the domain is verified and active.',
    );
  });
});
