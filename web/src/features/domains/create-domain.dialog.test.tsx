import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { CreateDomainDialog } from './create-domain.dialog';
import { CreateDomainMutation, DomainCustomersQuery } from './domains.graphql';
import { testDomainRow } from './test-domain';

const created = (name: string) => ({
  data: {
    createDomain: testDomainRow({
      id: 'dom-new',
      name,
      asciiName: name,
      state: 'UPDATING',
      verifiedBy: null,
      verifiedAt: null,
      mailboxCount: 0,
    }),
  },
});

const createMock = (input: Record<string, unknown>, result: object) => ({
  request: { query: CreateDomainMutation, variables: { input } },
  result,
});

const customers = {
  request: { query: DomainCustomersQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      customers: {
        __typename: 'OrganisationConnection' as const,
        edges: [
          {
            __typename: 'OrganisationEdge' as const,
            node: { __typename: 'Organisation' as const, id: 'o-acme', name: 'Acme S.r.l.' },
          },
          {
            __typename: 'OrganisationEdge' as const,
            node: { __typename: 'Organisation' as const, id: 'o-globex', name: 'Globex S.p.A.' },
          },
        ],
      },
    },
  },
};

const fill = async (name: string, password: string) => {
  await userEvent.type(screen.getByLabelText(/^Domain/), name);
  await userEvent.type(screen.getByLabelText(/^Postmaster password/), password);
};
const create = () => userEvent.click(screen.getByRole('button', { name: 'Create' }));

describe('the new domain dialog', () => {
  it('checks the name and the postmaster password with the shared rules', async () => {
    renderWithProviders(
      <CreateDomainDialog picksCustomer={false} onClose={vi.fn()} onCreated={vi.fn()} />,
    );
    await fill('not a domain', 'onlyletters');
    await create();
    expect(await screen.findByText('Use at least one letter and one digit')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/^Postmaster password/));
    await userEvent.type(screen.getByLabelText(/^Postmaster password/), 'bottega-2026');
    await create();
    expect(await screen.findByText('Not in the expected format')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Domain/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('names the postmaster address the password is for', async () => {
    renderWithProviders(
      <CreateDomainDialog picksCustomer={false} onClose={vi.fn()} onCreated={vi.fn()} />,
    );
    expect(screen.getByText(/^For postmaster@your domain:/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Domain/), 'Bottega.IT');
    expect(screen.getByText(/^For postmaster@bottega\.it:/)).toBeInTheDocument();
  });

  it('refuses www. until the user confirms it deliberately', async () => {
    const onCreated = vi.fn();
    renderWithProviders(
      <CreateDomainDialog picksCustomer={false} onClose={vi.fn()} onCreated={onCreated} />,
      {
        mocks: [
          createMock(
            { name: 'www.bottega.it', postmasterPassword: 'bottega-2026', allowWww: true },
            created('www.bottega.it'),
          ),
        ],
      },
    );
    await fill('www.bottega.it', 'bottega-2026');
    const confirm = screen.getByRole('checkbox', { name: 'Yes, I mean www.bottega.it, with www.' });
    expect(confirm).not.toBeChecked();
    await create();
    expect(
      await screen.findByText('Write the domain without www., or confirm below that you mean it.'),
    ).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
    await userEvent.click(confirm);
    await create();
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(onCreated.mock.calls[0]![0]).toMatchObject({ id: 'dom-new', name: 'www.bottega.it' });
  });

  it('explains that internationalised names are only for domain aliases', async () => {
    renderWithProviders(
      <CreateDomainDialog picksCustomer={false} onClose={vi.fn()} onCreated={vi.fn()} />,
      { language: 'it' },
    );
    await userEvent.type(screen.getByLabelText(/^Dominio/), 'città.it');
    await userEvent.type(screen.getByLabelText(/^Password del postmaster/), 'bottega-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Crea' }));
    expect(
      await screen.findByText(
        'I nomi internazionalizzati (come città.it) si possono aggiungere solo come domini alias di un dominio esistente.',
      ),
    ).toBeInTheDocument();
  });

  it('puts a name already on the platform on the name field', async () => {
    const input = { name: 'bottega.it', postmasterPassword: 'bottega-2026', allowWww: false };
    renderWithProviders(
      <CreateDomainDialog picksCustomer={false} onClose={vi.fn()} onCreated={vi.fn()} />,
      {
        mocks: [
          createMock(input, {
            errors: [
              {
                message: 'This domain is already on the platform.',
                extensions: {
                  code: 'CONFLICT',
                  fields: [
                    {
                      field: 'name',
                      code: 'TAKEN',
                      message: 'This domain is already on the platform.',
                    },
                  ],
                },
              },
            ],
          }),
        ],
      },
    );
    await fill('bottega.it', 'bottega-2026');
    await create();
    await waitFor(() =>
      expect(screen.getByLabelText(/^Domain/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getAllByText('This domain is already on the platform.').length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole('dialog', { name: 'New domain' })).toBeInTheDocument();
  });

  it('says so when the plan allows no more domains', async () => {
    const input = { name: 'bottega.it', postmasterPassword: 'bottega-2026', allowWww: false };
    renderWithProviders(
      <CreateDomainDialog picksCustomer={false} onClose={vi.fn()} onCreated={vi.fn()} />,
      {
        mocks: [
          createMock(input, {
            errors: [
              {
                message: 'The limit of 1 domains of the plan is reached.',
                extensions: { code: 'CONFLICT' },
              },
            ],
          }),
        ],
      },
    );
    await fill('bottega.it', 'bottega-2026');
    await create();
    expect(
      await screen.findAllByText(
        'The plan allows no more domains. Upgrade it or remove a domain first.',
      ),
    ).not.toHaveLength(0);
  });

  it('makes a reseller name the customer, and sends it', async () => {
    const onCreated = vi.fn();
    const input = {
      name: 'globex.example',
      postmasterPassword: 'globex-2026',
      allowWww: false,
      customerId: 'o-globex',
    };
    renderWithProviders(
      <CreateDomainDialog picksCustomer onClose={vi.fn()} onCreated={onCreated} />,
      { mocks: [customers, createMock(input, created('globex.example'))] },
    );
    await fill('globex.example', 'globex-2026');
    await create();
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Customer/)).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByLabelText(/^Customer/));
    await userEvent.click(await screen.findByRole('option', { name: 'Globex S.p.A.' }));
    await create();
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
  });

  it('maps a server error on the customer onto the customer field', async () => {
    const input = {
      name: 'globex.example',
      postmasterPassword: 'globex-2026',
      allowWww: false,
      customerId: 'o-acme',
    };
    renderWithProviders(
      <CreateDomainDialog picksCustomer onClose={vi.fn()} onCreated={vi.fn()} />,
      {
        mocks: [
          customers,
          createMock(input, {
            errors: [
              {
                message: 'Domains belong to customers',
                extensions: {
                  code: 'VALIDATION_FAILED',
                  fields: [
                    {
                      field: 'customerId',
                      code: 'NOT_ALLOWED',
                      message: 'Domains belong to customers',
                    },
                  ],
                },
              },
            ],
          }),
        ],
      },
    );
    await userEvent.click(screen.getByLabelText(/^Customer/));
    await userEvent.click(await screen.findByRole('option', { name: 'Acme S.r.l.' }));
    await fill('globex.example', 'globex-2026');
    await create();
    await waitFor(() =>
      expect(screen.getByLabelText(/^Customer/)).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(screen.getByText('Not allowed')).toBeInTheDocument();
  });
});
