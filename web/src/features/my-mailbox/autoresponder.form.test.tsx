import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { AutoresponderForm } from './autoresponder.form';
import { UpdateMyMailboxMutation } from './my-mailbox.graphql';
import { fieldFailure, testMailbox } from './test-mailbox';

const off = testMailbox().autoresponder;
const START = '2026-12-20T09:00';
const END = '2027-01-06T18:00';

const fillReply = async ({ start = START, end = END } = {}) => {
  await userEvent.click(screen.getByRole('switch', { name: 'Send an automatic reply' }));
  await userEvent.type(screen.getByLabelText('Subject'), 'Out of office');
  await userEvent.type(screen.getByLabelText('Message'), 'Back on 7 January.');
  fireEvent.change(screen.getByLabelText('From'), { target: { value: start } });
  fireEvent.change(screen.getByLabelText('Until'), { target: { value: end } });
};

const input = {
  autoresponder: {
    enabled: true,
    subject: 'Out of office',
    body: 'Back on 7 January.',
    startsAt: new Date(START).toISOString(),
    endsAt: new Date(END).toISOString(),
  },
};

describe('the autoresponder form', () => {
  it('asks for the reply text when switched on', async () => {
    renderWithProviders(<AutoresponderForm autoresponder={off} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Send an automatic reply' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Write the reply text')).toBeInTheDocument();
    expect(screen.getByLabelText('Message')).toHaveAttribute('aria-invalid', 'true');
  });

  it('wants the end after the start, in Italian too', async () => {
    renderWithProviders(<AutoresponderForm autoresponder={off} />, { language: 'it' });
    await userEvent.click(screen.getByRole('switch', { name: 'Invia una risposta automatica' }));
    await userEvent.type(screen.getByLabelText('Messaggio'), 'Torno il 7 gennaio.');
    fireEvent.change(screen.getByLabelText('Dal'), { target: { value: END } });
    fireEvent.change(screen.getByLabelText('Al'), { target: { value: START } });
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText("Deve essere dopo l'inizio")).toBeInTheDocument();
    expect(screen.getByLabelText('Al')).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts a server error on its field', async () => {
    renderWithProviders(<AutoresponderForm autoresponder={off} />, {
      mocks: [
        {
          request: { query: UpdateMyMailboxMutation, variables: { input } },
          result: fieldFailure('autoresponder.endsAt', 'INVALID_VALUE', 'Must be after the start'),
        },
      ],
    });
    await fillReply();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Until')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByText('Must be after the start')).toBeInTheDocument();
    expect(await screen.findByText('Some fields are not valid.')).toBeInTheDocument();
  });

  it('saves the reply and reports it', async () => {
    const saved = testMailbox({
      autoresponder: { __typename: 'Autoresponder', ...input.autoresponder },
    });
    renderWithProviders(<AutoresponderForm autoresponder={off} />, {
      mocks: [
        {
          request: { query: UpdateMyMailboxMutation, variables: { input } },
          result: { data: { updateMyMailbox: saved } },
        },
      ],
    });
    await fillReply();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Automatic reply saved')).toBeInTheDocument();
    expect(screen.getByLabelText('Subject')).toHaveValue('Out of office');
    expect(screen.getByLabelText('From')).toHaveValue(START);
  });
});
