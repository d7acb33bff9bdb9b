import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ForwardsForm } from './forwards.form';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';
import { fieldFailure, testMailbox } from './test-mailbox';

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('the forwards form', () => {
  it('checks each address with the shared rule', async () => {
    renderWithProviders(<ForwardsForm forwards={[]} keepCopy />);
    expect(screen.getByText('No forwarding addresses')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await userEvent.type(screen.getByLabelText('Forward address 1'), 'not-an-address');
    await save();
    expect(await screen.findByText('Not in the expected format')).toBeInTheDocument();
    expect(screen.getByLabelText('Forward address 1')).toHaveAttribute('aria-invalid', 'true');
  });

  it('removes an address from the list', async () => {
    renderWithProviders(<ForwardsForm forwards={['a@example.org', 'b@example.org']} keepCopy />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove a@example.org' }));
    expect(screen.getByLabelText('Forward address 1')).toHaveValue('b@example.org');
    expect(screen.queryByLabelText('Forward address 2')).not.toBeInTheDocument();
  });

  it('puts a server error on the address it names', async () => {
    const input = { forwards: ['a@example.org', 'b@example.org'], keepCopy: true };
    renderWithProviders(<ForwardsForm forwards={input.forwards} keepCopy />, {
      mocks: [
        {
          request: { query: UpdateMyMailboxMutation, variables: { input } },
          result: fieldFailure('forwards.1', 'NOT_ALLOWED', 'Not allowed'),
        },
      ],
    });
    await save();
    await waitFor(() =>
      expect(screen.getByLabelText('Forward address 2')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByLabelText('Forward address 1')).toHaveAttribute('aria-invalid', 'false');
    expect(await screen.findByText('Some fields are not valid.')).toBeInTheDocument();
  });

  it('saves the addresses, normalised, and the keep-a-copy switch', async () => {
    const input = { forwards: ['mario@example.org'], keepCopy: false };
    renderWithProviders(<ForwardsForm forwards={[]} keepCopy />, {
      mocks: [
        {
          request: { query: UpdateMyMailboxMutation, variables: { input } },
          result: { data: { updateMyMailbox: testMailbox(input) } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await userEvent.type(screen.getByLabelText('Forward address 1'), ' Mario@Example.org ');
    await userEvent.click(screen.getByRole('switch', { name: 'Keep a copy in this mailbox' }));
    await save();
    expect(await screen.findByText('Forwarding saved')).toBeInTheDocument();
    expect(screen.getByLabelText('Forward address 1')).toHaveValue('mario@example.org');
    expect(screen.getByRole('switch', { name: 'Keep a copy in this mailbox' })).not.toBeChecked();
  });
});
