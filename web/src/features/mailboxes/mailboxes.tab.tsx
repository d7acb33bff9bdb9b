import { useMutation, useQuery } from '@apollo/client/react';
import {
  Box,
  Button,
  Card,
  IconButton,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { quotaTiersFor } from '@casella/shared';
import { useId, useState } from 'react';
import type {
  MailboxRowFragment,
  MailboxSortField,
  MailboxState,
  UpdateMailboxInput,
} from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column, type SortState } from '../../lib/ui/data-table.component';
import { useNotify } from '../../lib/ui/notify.context';
import { SearchField } from '../../lib/ui/search-field.component';
import { StatusChip } from '../../lib/ui/status-chip.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import type { DomainTabProps } from '../domains/domain-tab.props';
import { toAutoresponderInput } from '../my-mailbox/autoresponder.schema';
import { CreateMailboxDialog } from './create-mailbox.dialog';
import { EditMailboxDialog } from './edit-mailbox.dialog';
import { toCreateInput, type CreateMailboxFormValues } from './mailbox-form.schema';
import { MailboxServices } from './mailbox-services.component';
import { MailboxStateChip } from './mailbox-state-chip.component';
import { MailboxUsageBar } from './mailbox-usage.component';
import {
  CreateMailboxMutation,
  DeleteMailboxMutation,
  MailboxDomainQuery,
  MailboxesQuery,
  UpdateMailboxMutation,
} from './mailboxes.graphql';

// The allowance and the domain's mailbox count change with every mailbox.
const REFETCH = ['Mailboxes', 'MailboxDomain'];
const STATES: MailboxState[] = ['ACTIVE', 'DISABLED', 'BLOCKED', 'SUSPENDED'];

/** The domain's mailboxes, the postmaster included, and what may still be created. */
export const MailboxesTab = ({ domain }: DomainTabProps) => {
  const { t } = useI18n();
  const notify = useNotify();
  const viewer = useViewer();
  const reasonId = useId();
  const pages = useCursorPages();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<MailboxState | ''>('');
  const [sort, setSort] = useState<SortState<MailboxSortField>>({
    field: 'ADDRESS',
    direction: 'ASC',
  });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<MailboxRowFragment | null>(null);
  const [deleting, setDeleting] = useState<MailboxRowFragment | null>(null);

  const info = useQuery(MailboxDomainQuery, { variables: { id: domain.id } });
  const { data, loading, error, refetch } = useQuery(MailboxesQuery, {
    variables: {
      domainId: domain.id,
      ...pages.variables,
      filter: { search: search || undefined, state: state || undefined },
      orderBy: sort,
    },
  });
  const [create] = useMutation(CreateMailboxMutation, { refetchQueries: REFETCH });
  const [update] = useMutation(UpdateMailboxMutation);
  const [remove] = useMutation(DeleteMailboxMutation, { refetchQueries: REFETCH });

  const has = (p: (typeof viewer.permissions)[number]) => viewer.permissions.includes(p);
  const may = {
    add: has('MAILBOXES_ADD'),
    edit: has('MAILBOXES_EDIT'),
    delete: has('MAILBOXES_DELETE'),
    changePassword: has('PASSWORDS_CHANGE'),
  };
  const settings = info.data?.domain.settings;
  // The server checks the tier against the login's own organisation, not the one acted for.
  const tiers = quotaTiersFor(viewer.organisation.kind, settings?.maxQuotaGb);
  const remaining = info.data?.domain.remainingMailboxes;
  const whyNot =
    domain.state !== 'ACTIVE'
      ? t.mailboxes.notActive
      : remaining === 0
        ? t.mailboxes.noAllowance
        : undefined;

  const onSearch = (value: string) => {
    setSearch(value);
    pages.reset();
  };

  const onCreate = async (v: CreateMailboxFormValues) => {
    const { data: created } = await create({ variables: { input: toCreateInput(domain.id, v) } });
    if (!created) return;
    const mailbox = created.createMailbox;
    notify.success(t.mailboxes.created(mailbox.address));
    // The API creates mailboxes without an automatic reply; it is set right after.
    if (v.autoresponder.enabled) {
      try {
        await update({
          variables: { id: mailbox.id, input: { autoresponder: toAutoresponderInput(v) } },
        });
      } catch {
        notify.error(t.mailboxes.autoresponderNotSaved);
      }
    }
  };

  const onUpdate = async (m: MailboxRowFragment, input: UpdateMailboxInput) => {
    await update({ variables: { id: m.id, input } });
    notify.success(t.mailboxes.updated(m.address));
  };

  const columns: Column<MailboxRowFragment, MailboxSortField>[] = [
    {
      key: 'address',
      label: t.mailboxes.address,
      sortField: 'ADDRESS',
      render: (m) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{m.address}</Typography>
          {m.isPostmaster ? (
            <Tooltip title={t.mailboxes.postmasterHint}>
              <span>
                <StatusChip label={t.mailboxes.postmaster} tone="default" />
              </span>
            </Tooltip>
          ) : null}
        </Box>
      ),
    },
    {
      key: 'name',
      label: t.mailboxes.name,
      hideOnMobile: true,
      render: (m) => [m.firstName, m.lastName].filter(Boolean).join(' ') || '—',
    },
    {
      key: 'usage',
      label: t.mailboxes.usage,
      render: (m) => <MailboxUsageBar usage={m.usage} quotaMb={m.quotaMb} />,
    },
    {
      key: 'state',
      label: t.mailboxes.state,
      render: (m) => <MailboxStateChip state={m.state} />,
    },
    {
      key: 'services',
      label: t.mailboxes.services,
      hideOnMobile: true,
      render: (m) => <MailboxServices services={m.services} />,
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (m) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          {may.edit || may.changePassword ? (
            <Tooltip title={t.common.edit}>
              <IconButton
                aria-label={`${t.common.edit}: ${m.address}`}
                onClick={() => setEditing(m)}
              >
                <EditOutlined />
              </IconButton>
            </Tooltip>
          ) : null}
          {may.delete && !m.isPostmaster ? (
            <Tooltip title={t.common.delete}>
              <IconButton
                aria-label={`${t.common.delete}: ${m.address}`}
                onClick={() => setDeleting(m)}
              >
                <DeleteOutline />
              </IconButton>
            </Tooltip>
          ) : null}
        </Box>
      ),
    },
  ];

  return (
    <Card>
      <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchField
          label={t.common.search}
          placeholder={t.mailboxes.searchPlaceholder}
          onSearch={onSearch}
        />
        <TextField
          select
          size="small"
          label={t.mailboxes.state}
          value={state}
          onChange={(e) => {
            setState(e.target.value as MailboxState | '');
            pages.reset();
          }}
          sx={{ minWidth: 160 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t.mailboxes.allStates}</MenuItem>
          {STATES.map((s) => (
            <MenuItem key={s} value={s}>
              {t.mailboxes.states[s]}
            </MenuItem>
          ))}
        </TextField>
        {/* The allowance (or why nothing can be created) wraps beside the button, not under it. */}
        {info.data ? (
          <Typography
            color="text.secondary"
            id={`${reasonId}-allowance`}
            sx={{ flex: '1 1 220px', textAlign: { md: 'right' } }}
          >
            {whyNot ??
              (remaining === null || remaining === undefined
                ? t.mailboxes.remainingUnlimited
                : t.mailboxes.remaining(remaining))}
          </Typography>
        ) : (
          <Box sx={{ flexGrow: 1 }} />
        )}
        {may.add ? (
          <Button
            variant="contained"
            startIcon={<Add />}
            onClick={() => setCreating(true)}
            disabled={!info.data || Boolean(whyNot)}
            aria-describedby={info.data ? `${reasonId}-allowance` : undefined}
          >
            {t.mailboxes.add}
          </Button>
        ) : null}
      </Box>
      <DataTable
        label={t.mailboxes.tableLabel(domain.name)}
        columns={columns}
        rows={data?.mailboxes.edges.map((e) => e.node)}
        rowKey={(m) => m.id}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        totalCount={data?.mailboxes.totalCount ?? 0}
        endCursor={data?.mailboxes.pageInfo.endCursor}
        pages={pages}
        sort={sort}
        onSort={(s) => {
          setSort(s);
          pages.reset();
        }}
        empty={{ title: t.mailboxes.empty, hint: t.mailboxes.emptyHint }}
      />
      {creating && settings ? (
        <CreateMailboxDialog
          domainName={domain.name}
          tiers={tiers}
          maxQuotaGb={settings.maxQuotaGb}
          defaultQuotaGb={settings.defaultQuotaGb}
          domainServices={settings.services}
          onClose={() => setCreating(false)}
          onSubmit={onCreate}
        />
      ) : null}
      {editing ? (
        <EditMailboxDialog
          mailbox={editing}
          tiers={tiers}
          maxQuotaGb={settings?.maxQuotaGb}
          domainServices={settings?.services}
          may={may}
          onClose={() => setEditing(null)}
          onSubmit={(input) => onUpdate(editing, input)}
        />
      ) : null}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={t.mailboxes.confirmDeleteTitle(deleting?.address ?? '')}
        body={t.mailboxes.confirmDeleteBody}
        confirmLabel={t.common.delete}
        destructive
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({
              variables: { id: deleting.id },
              update: (cache) => {
                cache.evict({ id: cache.identify({ __typename: 'Mailbox', id: deleting.id }) });
                cache.gc();
              },
            });
            notify.success(t.mailboxes.deleted(deleting.address));
          } catch (e) {
            notify.error(apiErrorText(toApiError(e), t));
          }
        }}
      />
    </Card>
  );
};
