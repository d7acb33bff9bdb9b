import {
  Alert,
  Box,
  Button,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
} from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.context';
import { EmptyState } from './empty-state.component';
import { PAGE_SIZES, type CursorPages } from './use-cursor-pages.hook';

export interface Column<Row, SortField extends string> {
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
  sortField?: SortField;
  align?: 'left' | 'right';
  /** Hidden on phones to keep the table readable. */
  hideOnMobile?: boolean;
}

export interface SortState<SortField extends string> {
  field: SortField;
  direction: 'ASC' | 'DESC';
}

export interface DataTableProps<Row, SortField extends string> {
  label: string;
  columns: Column<Row, SortField>[];
  rows: Row[] | undefined;
  rowKey: (row: Row) => string;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  totalCount: number;
  endCursor: string | null | undefined;
  pages: CursorPages;
  sort?: SortState<SortField>;
  onSort?: (sort: SortState<SortField>) => void;
  empty: { title: string; hint?: string; action?: ReactNode };
  /** Opens a row on a click anywhere in it; keyboard users need a link in one of its cells. */
  onRowClick?: (row: Row) => void;
}

// Clicks on a row's own links and buttons do their own thing.
const fromControl = (e: MouseEvent<HTMLElement>) =>
  e.target instanceof Element && e.target.closest('a, button, input, [role="button"]') !== null;

/** A server-paginated table with loading, empty and error states. */
export const DataTable = <Row, SortField extends string = never>({
  label,
  columns,
  rows,
  rowKey,
  loading,
  error,
  onRetry,
  totalCount,
  endCursor,
  pages,
  sort,
  onSort,
  empty,
  onRowClick,
}: DataTableProps<Row, SortField>) => {
  const { t } = useI18n();
  const mobile = { display: { xs: 'none', md: 'table-cell' } };
  if (error && !rows) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t.common.retry}
          </Button>
        }
      >
        {t.loadFailed}
      </Alert>
    );
  }
  if (!loading && rows && rows.length === 0) return <EmptyState {...empty} />;
  return (
    <Box>
      <TableContainer>
        <Table aria-label={label} aria-busy={loading} size="medium">
          <TableHead>
            <TableRow>
              {columns.map((c) => (
                <TableCell
                  key={c.key}
                  align={c.align}
                  sx={c.hideOnMobile ? mobile : undefined}
                  sortDirection={
                    sort && c.sortField === sort.field
                      ? sort.direction === 'ASC'
                        ? 'asc'
                        : 'desc'
                      : false
                  }
                >
                  {c.sortField && sort && onSort ? (
                    <TableSortLabel
                      active={sort.field === c.sortField}
                      direction={
                        sort.field === c.sortField && sort.direction === 'DESC' ? 'desc' : 'asc'
                      }
                      onClick={() =>
                        onSort({
                          field: c.sortField as SortField,
                          direction:
                            sort.field === c.sortField && sort.direction === 'ASC' ? 'DESC' : 'ASC',
                        })
                      }
                    >
                      {c.label}
                    </TableSortLabel>
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {!rows
              ? Array.from({ length: 3 }, (_, i) => (
                  <TableRow key={i}>
                    {columns.map((c) => (
                      <TableCell key={c.key} sx={c.hideOnMobile ? mobile : undefined}>
                        <Skeleton />
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              : rows.map((row) => (
                  <TableRow
                    key={rowKey(row)}
                    hover
                    onClick={
                      onRowClick
                        ? (e: MouseEvent<HTMLElement>) => {
                            if (!fromControl(e)) onRowClick(row);
                          }
                        : undefined
                    }
                    sx={onRowClick ? { cursor: 'pointer' } : undefined}
                  >
                    {columns.map((c) => (
                      <TableCell
                        key={c.key}
                        align={c.align}
                        sx={c.hideOnMobile ? mobile : undefined}
                      >
                        {c.render(row)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={totalCount}
        page={pages.page}
        rowsPerPage={pages.pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_e, next) => pages.goTo(next, endCursor)}
        onRowsPerPageChange={(e) => pages.setPageSize(Number(e.target.value))}
        labelRowsPerPage={t.common.rowsPerPage}
        labelDisplayedRows={({ from, to, count }) => t.common.pageRange(from, to, count)}
        getItemAriaLabel={(type) =>
          ({
            first: t.common.firstPage,
            previous: t.common.previousPage,
            next: t.common.nextPage,
            last: t.common.lastPage,
          })[type]
        }
      />
    </Box>
  );
};
