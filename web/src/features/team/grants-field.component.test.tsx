import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { GrantsField } from './grants-field.component';
import { GrantableCustomersQuery } from './team.graphql';

const noCustomers = {
  request: { query: GrantableCustomersQuery },
  result: {
    data: { customers: { __typename: 'OrganisationConnection' as const, edges: [] } },
  },
};

describe('the grants field', () => {
  it("speaks Italian in MUI's own texts too: open button and empty list", async () => {
    renderWithProviders(<GrantsField value={[]} onChange={vi.fn()} />, {
      language: 'it',
      mocks: [noCustomers],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Apri' }));
    expect(await screen.findByText('Nessuna opzione')).toBeInTheDocument();
  });
});
