import { renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { DataTable, type Column } from './data-table.component';
import { useCursorPages } from './use-cursor-pages.hook';

interface Row {
  id: string;
  name: string;
}
const columns: Column<Row, 'NAME'>[] = [
  { key: 'name', label: 'Name', sortField: 'NAME', render: (r) => r.name },
];

const setup = (props: { rows?: Row[]; loading?: boolean; error?: unknown; total?: number }) => {
  const pages = renderHook(() => useCursorPages(10)).result;
  const onRetry = vi.fn();
  const onSort = vi.fn();
  renderWithProviders(
    <DataTable
      label="Customers"
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.id}
      loading={props.loading ?? false}
      error={props.error}
      onRetry={onRetry}
      totalCount={props.total ?? props.rows?.length ?? 0}
      endCursor="cursor-10"
      pages={pages.current}
      sort={{ field: 'NAME', direction: 'ASC' }}
      onSort={onSort}
      empty={{ title: 'No customers yet', hint: 'Create one.' }}
    />,
  );
  return { onRetry, onSort, pages };
};

describe('the data table', () => {
  it('shows placeholders while the first page loads', () => {
    setup({ loading: true });
    expect(screen.getByRole('table', { name: 'Customers' })).toHaveAttribute('aria-busy', 'true');
  });

  it('shows the empty state when there is nothing', () => {
    setup({ rows: [] });
    expect(screen.getByRole('status')).toHaveTextContent('No customers yet');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    const { onRetry } = setup({ error: new Error('boom') });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('opens a row clicked anywhere, but leaves its links to themselves', async () => {
    const onRowClick = vi.fn();
    const pages = renderHook(() => useCursorPages(10)).result;
    const linked: Column<Row, 'NAME'>[] = [
      { key: 'name', label: 'Name', render: (r) => <a href={`#${r.id}`}>{r.name}</a> },
      { key: 'note', label: 'Note', render: () => 'note' },
    ];
    renderWithProviders(
      <DataTable
        label="Customers"
        columns={linked}
        rows={[{ id: 'o1', name: 'Acme' }]}
        rowKey={(r) => r.id}
        loading={false}
        error={undefined}
        onRetry={vi.fn()}
        totalCount={1}
        endCursor={null}
        pages={pages.current}
        empty={{ title: 'None' }}
        onRowClick={onRowClick}
      />,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Acme' }));
    expect(onRowClick).not.toHaveBeenCalled();
    await userEvent.click(screen.getByText('note'));
    expect(onRowClick).toHaveBeenCalledWith({ id: 'o1', name: 'Acme' });
  });

  it('sorts through the server and pages by cursor', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `o${i}`, name: `Org ${i}` }));
    const { onSort, pages } = setup({ rows, total: 25 });
    expect(screen.getByText('1–10 of 25')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSort).toHaveBeenCalledWith({ field: 'NAME', direction: 'DESC' });
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(pages.current.variables).toEqual({ first: 10, after: 'cursor-10' });
  });
});
