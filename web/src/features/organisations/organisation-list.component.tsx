import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Card, MenuItem, TextField } from '@mui/material';
import Add from '@mui/icons-material/Add';
import { useState } from 'react';
import type {
  OrganisationRowFragment,
  OrganisationSortField,
  OrganisationStatus,
} from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column, type SortState } from '../../lib/ui/data-table.component';
import { useNotify } from '../../lib/ui/notify.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { SearchField } from '../../lib/ui/search-field.component';
import { StatusChip } from '../../lib/ui/status-chip.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import type { OrganisationAction } from './organisation-actions.menu';
import { OrganisationActionsMenu } from './organisation-actions.menu';
import { OrganisationFormDialog } from './organisation-form.dialog';
import {
  CreateCustomerMutation,
  CreateResellerMutation,
  CustomersQuery,
  ResellerOptionsQuery,
  ResellersQuery,
  UpdateOrganisationMutation,
} from './organisations.graphql';
import { useOrganisationActions } from './use-organisation-actions.hook';

type Kind = 'RESELLER' | 'CUSTOMER';
type Pending = { action: OrganisationAction; row: OrganisationRowFragment } | null;

/** Resellers or customers: a searchable, sortable, paged table with its actions. */
export const OrganisationList = ({ kind }: { kind: Kind }) => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const viewer = useViewer();
  const texts = kind === 'RESELLER' ? t.resellers : t.customers;
  const pages = useCursorPages();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<OrganisationStatus | ''>('');
  const [resellerId, setResellerId] = useState('');
  const platform = viewer.actingAs.kind === 'PLATFORM';
  const resellerOptions = useQuery(ResellerOptionsQuery, {
    skip: kind !== 'CUSTOMER' || !platform,
  });
  const parents = resellerOptions.data?.resellers.edges.map((e) => e.node);
  const [sort, setSort] = useState<SortState<OrganisationSortField>>({
    field: 'NAME',
    direction: 'ASC',
  });
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending>(null);

  const variables = {
    ...pages.variables,
    filter: {
      search: search || undefined,
      status: status || undefined,
      resellerId: resellerId || undefined,
    },
    orderBy: sort,
  };
  const resellers = useQuery(ResellersQuery, { variables, skip: kind !== 'RESELLER' });
  const customers = useQuery(CustomersQuery, { variables, skip: kind !== 'CUSTOMER' });
  const result = kind === 'RESELLER' ? resellers : customers;
  const connection = kind === 'RESELLER' ? resellers.data?.resellers : customers.data?.customers;

  const refetchQueries = [kind === 'RESELLER' ? 'Resellers' : 'Customers', 'DashboardStats'];
  const [createReseller] = useMutation(CreateResellerMutation, { refetchQueries });
  const [createCustomer] = useMutation(CreateCustomerMutation, { refetchQueries });
  const [update] = useMutation(UpdateOrganisationMutation);
  const actions = useOrganisationActions();
  const canImpersonate =
    kind === 'CUSTOMER' &&
    !viewer.impersonation &&
    viewer.organisation.kind !== 'CUSTOMER' &&
    viewer.role !== 'MANAGER';

  // The search box reports only changes: each new term starts again at page one.
  const onSearch = (value: string) => {
    setSearch(value);
    pages.reset();
  };

  const onAction = (action: OrganisationAction, row: OrganisationRowFragment) => {
    if (action === 'reactivate') void actions.reactivate(row);
    else if (action === 'impersonate') void actions.impersonate(row);
    else setPending({ action, row });
  };

  const columns: Column<OrganisationRowFragment, OrganisationSortField>[] = [
    {
      key: 'name',
      label: t.organisations.name,
      sortField: 'NAME',
      render: (r) => <Box sx={{ fontWeight: 600 }}>{r.name}</Box>,
    },
    {
      key: 'email',
      label: t.organisations.contactEmail,
      render: (r) => r.contactEmail,
      hideOnMobile: true,
    },
    ...(kind === 'RESELLER'
      ? [
          {
            key: 'customers',
            label: t.organisations.customers,
            align: 'right' as const,
            render: (r: OrganisationRowFragment) => formatNumber(r.customerCount, locale),
          },
        ]
      : platform
        ? [
            {
              key: 'parent',
              label: t.organisations.reseller,
              render: (r: OrganisationRowFragment) =>
                r.parent?.id === viewer.actingAs.id ? '—' : (r.parent?.name ?? '—'),
              hideOnMobile: true,
            },
          ]
        : []),
    {
      key: 'status',
      label: t.organisations.status,
      render: (r) => (
        <StatusChip
          label={t.statuses[r.status]}
          tone={r.status === 'ACTIVE' ? 'success' : 'warning'}
        />
      ),
    },
    {
      key: 'created',
      label: t.organisations.createdAt,
      sortField: 'CREATED_AT',
      render: (r) => formatDate(r.createdAt, locale),
      hideOnMobile: true,
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (r) => (
        <OrganisationActionsMenu row={r} canImpersonate={canImpersonate} onAction={onAction} />
      ),
    },
  ];

  const addButton = (
    <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
      {texts.add}
    </Button>
  );
  const filtered = Boolean(search || status || resellerId);

  return (
    <>
      <PageHeader title={texts.title} actions={addButton} />
      <Card>
        <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap' }}>
          <SearchField
            label={t.common.search}
            placeholder={t.organisations.searchPlaceholder}
            onSearch={onSearch}
          />
          <TextField
            select
            size="small"
            label={t.organisations.status}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as OrganisationStatus | '');
              pages.reset();
            }}
            sx={{ minWidth: 160 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.common.all}</MenuItem>
            <MenuItem value="ACTIVE">{t.statuses.ACTIVE}</MenuItem>
            <MenuItem value="SUSPENDED">{t.statuses.SUSPENDED}</MenuItem>
          </TextField>
          {parents ? (
            <TextField
              select
              size="small"
              label={t.organisations.reseller}
              value={resellerId}
              onChange={(e) => {
                setResellerId(e.target.value);
                pages.reset();
              }}
              sx={{ minWidth: 200 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{t.common.all}</MenuItem>
              {parents.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.name}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
        </Box>
        <DataTable
          label={texts.title}
          columns={columns}
          rows={connection?.edges.map((e) => e.node)}
          rowKey={(r) => r.id}
          loading={result.loading}
          error={result.error}
          onRetry={() => void result.refetch()}
          totalCount={connection?.totalCount ?? 0}
          endCursor={connection?.pageInfo.endCursor}
          pages={pages}
          sort={sort}
          onSort={(s) => {
            setSort(s);
            pages.reset();
          }}
          empty={
            filtered
              ? { title: t.audit.emptyFiltered }
              : { title: texts.empty, hint: texts.emptyHint, action: addButton }
          }
        />
      </Card>

      {creating ? (
        <OrganisationFormDialog
          open
          mode="create"
          title={texts.createTitle}
          parentOptions={kind === 'CUSTOMER' ? parents : undefined}
          onClose={() => setCreating(false)}
          onSubmit={async (values, parentId) => {
            if (kind === 'RESELLER') await createReseller({ variables: { input: values } });
            else
              await createCustomer({ variables: { input: { ...values, resellerId: parentId } } });
            notify.success(texts.created(values.name));
          }}
        />
      ) : null}
      {pending?.action === 'edit' ? (
        <OrganisationFormDialog
          open
          mode="edit"
          title={texts.editTitle}
          initial={pending.row}
          onClose={() => setPending(null)}
          onSubmit={async (input) => {
            await update({ variables: { id: pending.row.id, input } });
            notify.success(t.organisations.updated(input.name ?? pending.row.name));
          }}
        />
      ) : null}
      <ConfirmDialog
        open={pending?.action === 'suspend'}
        title={t.organisations.confirmSuspendTitle(pending?.row.name ?? '')}
        body={t.organisations.confirmSuspendBody}
        confirmLabel={t.organisations.suspend}
        destructive
        onClose={() => setPending(null)}
        onConfirm={() => (pending ? actions.suspend(pending.row) : undefined)}
      />
      <ConfirmDialog
        open={pending?.action === 'delete'}
        title={t.organisations.confirmDeleteTitle(pending?.row.name ?? '')}
        body={t.organisations.confirmDeleteBody}
        confirmLabel={t.common.delete}
        destructive
        onClose={() => setPending(null)}
        onConfirm={() => (pending ? actions.remove(pending.row) : undefined)}
      />
    </>
  );
};
