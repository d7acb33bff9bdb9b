import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { DeleteDomainDialog } from './delete-domain.dialog';

const citta = { name: 'città.it', asciiName: 'xn--citt-3na.it' };

describe('the delete domain dialog', () => {
  it('deletes only once the name is typed, in either form', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <DeleteDomainDialog domain={citta} onConfirm={onConfirm} onClose={vi.fn()} />,
    );
    const remove = screen.getByRole('button', { name: 'Delete domain' });
    expect(remove).toBeDisabled();
    const field = screen.getByLabelText('Type città.it to confirm');
    await userEvent.type(field, 'citta.it');
    expect(remove).toBeDisabled();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, 'XN--CITT-3NA.IT');
    expect(remove).toBeEnabled();
    await userEvent.click(remove);
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });

  it('keeps the domain on Cancel', async () => {
    const onConfirm = vi.fn();
    const onClose = vi.fn();
    renderWithProviders(
      <DeleteDomainDialog domain={citta} onConfirm={onConfirm} onClose={onClose} />,
      {
        language: 'it',
      },
    );
    expect(screen.getByRole('dialog', { name: 'Eliminare città.it?' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(onClose).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
