import { useMutation, useQuery } from '@apollo/client/react';
import {
  Box,
  Button,
  Card,
  Chip,
  IconButton,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useState } from 'react';
import type { UpdateUserInput, UserRole, UserRowFragment, UserSortField } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column, type SortState } from '../../lib/ui/data-table.component';
import { useNotify } from '../../lib/ui/notify.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { SearchField } from '../../lib/ui/search-field.component';
import { StatusChip } from '../../lib/ui/status-chip.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import { CreateUserDialog } from './create-user.dialog';
import { EditUserDialog } from './edit-user.dialog';
import type { EditUserValues } from './edit-user.schema';
import { assignableRoles } from './grantable-permissions';
import {
  CreateUserMutation,
  DeleteUserMutation,
  UpdateUserMutation,
  UsersQuery,
} from './team.graphql';

const REFETCH = ['Users', 'DashboardStats'];

/** Team members, administrators and managers of the organisation acted for. */
export const TeamListPage = () => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const viewer = useViewer();
  const pages = useCursorPages();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<UserRole | ''>('');
  const [sort, setSort] = useState<SortState<UserSortField>>({ field: 'LOGIN', direction: 'ASC' });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRowFragment | null>(null);
  const [deleting, setDeleting] = useState<UserRowFragment | null>(null);
  const roles = assignableRoles(viewer.permissions, viewer.actingAs.kind);

  const { data, loading, error, refetch } = useQuery(UsersQuery, {
    variables: {
      ...pages.variables,
      filter: { search: search || undefined, role: role || undefined },
      orderBy: sort,
    },
  });
  const [create] = useMutation(CreateUserMutation, { refetchQueries: REFETCH });
  const [update] = useMutation(UpdateUserMutation);
  const [remove] = useMutation(DeleteUserMutation, { refetchQueries: REFETCH });

  // The search box reports only changes: each new term starts again at page one.
  const onSearch = (value: string) => {
    setSearch(value);
    pages.reset();
  };

  const save = async (user: UserRowFragment, v: EditUserValues) => {
    const self = user.id === viewer.id;
    const input: UpdateUserInput = { name: v.name, email: v.email };
    if (!self && user.role !== 'ADMIN') input.permissions = v.permissions;
    if (user.role === 'MANAGER') input.grantedCustomerIds = v.grantedCustomerIds;
    if (!self) input.disabled = v.disabled;
    if (v.password) input.password = v.password;
    await update({ variables: { id: user.id, input } });
    notify.success(t.team.updated(user.login));
  };

  const columns: Column<UserRowFragment, UserSortField>[] = [
    {
      key: 'name',
      label: t.team.name,
      sortField: 'NAME',
      render: (u) => (
        <Box>
          <Typography sx={{ fontWeight: 600 }}>
            {u.name}
            {u.id === viewer.id ? (
              <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: 13 }}>
                ({t.team.you})
              </Typography>
            ) : null}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {u.email}
          </Typography>
        </Box>
      ),
    },
    {
      key: 'login',
      label: t.team.login,
      sortField: 'LOGIN',
      render: (u) => <code>{u.login}</code>,
    },
    { key: 'role', label: t.team.role, render: (u) => t.roles[u.role] },
    {
      key: 'permissions',
      label: t.team.permissions,
      hideOnMobile: true,
      render: (u) =>
        u.role === 'ADMIN' ? (
          <Typography variant="body2" color="text.secondary">
            {t.team.adminHoldsAll}
          </Typography>
        ) : (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, maxWidth: 360 }}>
            {u.permissions.length === 0
              ? '—'
              : u.permissions.map((p) => <Chip key={p} size="small" label={t.permissions[p]} />)}
            {u.role === 'MANAGER'
              ? u.grantedCustomers.map((c) => (
                  <Chip key={c.id} size="small" variant="outlined" label={c.name} />
                ))
              : null}
          </Box>
        ),
    },
    {
      key: 'status',
      label: t.organisations.status,
      render: (u) =>
        u.disabled ? (
          <StatusChip label={t.team.disabled} tone="warning" />
        ) : (
          <StatusChip label={t.statuses.ACTIVE} tone="success" />
        ),
    },
    {
      key: 'lastLogin',
      label: t.team.lastLogin,
      hideOnMobile: true,
      render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t.common.never),
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (u) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          <Tooltip title={t.common.edit}>
            <IconButton aria-label={`${t.common.edit}: ${u.login}`} onClick={() => setEditing(u)}>
              <EditOutlined />
            </IconButton>
          </Tooltip>
          {u.id === viewer.id ? null : (
            <Tooltip title={t.common.delete}>
              <IconButton
                aria-label={`${t.common.delete}: ${u.login}`}
                onClick={() => setDeleting(u)}
              >
                <DeleteOutline />
              </IconButton>
            </Tooltip>
          )}
        </Box>
      ),
    },
  ];

  const addButton = roles.length ? (
    <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
      {t.team.add}
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader title={t.team.title} subtitle={viewer.actingAs.name} actions={addButton} />
      <Card>
        <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap' }}>
          <SearchField
            label={t.common.search}
            placeholder={t.team.searchPlaceholder}
            onSearch={onSearch}
          />
          <TextField
            select
            size="small"
            label={t.team.role}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as UserRole | '');
              pages.reset();
            }}
            sx={{ minWidth: 180 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.common.all}</MenuItem>
            {(['ADMIN', 'MEMBER', 'MANAGER'] as const).map((r) => (
              <MenuItem key={r} value={r}>
                {t.roles[r]}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <DataTable
          label={t.team.title}
          columns={columns}
          rows={data?.users.edges.map((e) => e.node)}
          rowKey={(u) => u.id}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          totalCount={data?.users.totalCount ?? 0}
          endCursor={data?.users.pageInfo.endCursor}
          pages={pages}
          sort={sort}
          onSort={(s) => {
            setSort(s);
            pages.reset();
          }}
          empty={{ title: t.team.empty, hint: t.team.emptyHint, action: addButton }}
        />
      </Card>
      {creating ? (
        <CreateUserDialog
          roles={roles}
          orgKind={viewer.actingAs.kind}
          onClose={() => setCreating(false)}
          onSubmit={async (input) => {
            await create({ variables: { input } });
            notify.success(t.team.created(input.login));
          }}
        />
      ) : null}
      {editing ? (
        <EditUserDialog
          user={editing}
          orgKind={viewer.actingAs.kind}
          isSelf={editing.id === viewer.id}
          onClose={() => setEditing(null)}
          onSubmit={(v) => save(editing, v)}
        />
      ) : null}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={t.team.confirmDeleteTitle(deleting?.login ?? '')}
        body={t.team.confirmDeleteBody}
        confirmLabel={t.common.delete}
        destructive
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({ variables: { id: deleting.id } });
            notify.success(t.team.deleted(deleting.login));
          } catch (e) {
            notify.error(apiErrorText(toApiError(e), t));
          }
        }}
      />
    </>
  );
};
