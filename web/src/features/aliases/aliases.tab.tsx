import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Card, IconButton, Tooltip, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import ArrowForward from '@mui/icons-material/ArrowForward';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useId, useState } from 'react';
import type { AliasRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column } from '../../lib/ui/data-table.component';
import { useNotify } from '../../lib/ui/notify.context';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import type { DomainTabProps } from '../domains/domain-tab.props';
import { AliasDestinations } from './alias-destinations.component';
import { AliasFormDialog } from './alias-form.dialog';
import type { AliasFormValues } from './alias-form.schema';
import {
  AliasesQuery,
  CreateAliasMutation,
  DeleteAliasMutation,
  UpdateAliasMutation,
} from './aliases.graphql';

/** Addresses of the domain that deliver to other addresses (aliases are free). */
export const AliasesTab = ({ domain }: DomainTabProps) => {
  const { t } = useI18n();
  const notify = useNotify();
  const viewer = useViewer();
  const reasonId = useId();
  const pages = useCursorPages();
  // null: closed; undefined inside: a new alias.
  const [editing, setEditing] = useState<{ alias?: AliasRowFragment } | null>(null);
  const [deleting, setDeleting] = useState<AliasRowFragment | null>(null);

  const { data, loading, error, refetch } = useQuery(AliasesQuery, {
    variables: { domainId: domain.id, ...pages.variables },
  });
  const [create] = useMutation(CreateAliasMutation, { refetchQueries: ['Aliases'] });
  const [update] = useMutation(UpdateAliasMutation);
  const [remove] = useMutation(DeleteAliasMutation, { refetchQueries: ['Aliases'] });

  // Aliases are mailbox-level objects: the mailbox permissions govern them.
  const may = {
    add: viewer.permissions.includes('MAILBOXES_ADD'),
    edit: viewer.permissions.includes('MAILBOXES_EDIT'),
    delete: viewer.permissions.includes('MAILBOXES_DELETE'),
  };
  const inactive = domain.state !== 'ACTIVE';

  const save = async (v: AliasFormValues) => {
    const alias = editing?.alias;
    if (alias) {
      await update({ variables: { id: alias.id, destinations: v.destinations } });
      notify.success(t.aliases.updated(alias.address));
      return;
    }
    const { data: created } = await create({
      variables: { input: { domainId: domain.id, ...v } },
    });
    if (created) notify.success(t.aliases.created(created.createAlias.address));
  };

  const columns: Column<AliasRowFragment, never>[] = [
    {
      key: 'address',
      label: t.aliases.address,
      render: (a) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{a.address}</Typography>
          <ArrowForward fontSize="small" color="action" aria-hidden />
        </Box>
      ),
    },
    {
      key: 'destinations',
      label: t.aliases.destinations,
      render: (a) => (
        <AliasDestinations
          destinations={a.destinations}
          domainNames={[domain.name, domain.asciiName]}
        />
      ),
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (a) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          {may.edit ? (
            <Tooltip title={t.common.edit}>
              <IconButton
                aria-label={`${t.common.edit}: ${a.address}`}
                onClick={() => setEditing({ alias: a })}
              >
                <EditOutlined />
              </IconButton>
            </Tooltip>
          ) : null}
          {may.delete ? (
            <Tooltip title={t.common.delete}>
              <IconButton
                aria-label={`${t.common.delete}: ${a.address}`}
                onClick={() => setDeleting(a)}
              >
                <DeleteOutline />
              </IconButton>
            </Tooltip>
          ) : null}
        </Box>
      ),
    },
  ];

  const addButton = may.add ? (
    <Button
      variant="contained"
      startIcon={<Add />}
      onClick={() => setEditing({})}
      disabled={inactive}
      aria-describedby={inactive ? reasonId : undefined}
    >
      {t.aliases.add}
    </Button>
  ) : undefined;

  return (
    <Card>
      <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography color="text.secondary" id={reasonId} sx={{ flex: '1 1 240px' }}>
          {inactive ? t.aliases.notActive : t.aliases.emptyHint}
        </Typography>
        {addButton}
      </Box>
      <DataTable
        label={t.aliases.tableLabel(domain.name)}
        columns={may.edit || may.delete ? columns : columns.filter((c) => c.key !== 'actions')}
        rows={data?.aliases.edges.map((e) => e.node)}
        rowKey={(a) => a.id}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        totalCount={data?.aliases.totalCount ?? 0}
        endCursor={data?.aliases.pageInfo.endCursor}
        pages={pages}
        empty={{ title: t.aliases.empty }}
      />
      {editing ? (
        <AliasFormDialog
          domainName={domain.name}
          alias={editing.alias}
          onClose={() => setEditing(null)}
          onSubmit={save}
        />
      ) : null}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={t.aliases.confirmDeleteTitle(deleting?.address ?? '')}
        body={t.aliases.confirmDeleteBody}
        confirmLabel={t.common.delete}
        destructive
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({
              variables: { id: deleting.id },
              update: (cache) => {
                cache.evict({ id: cache.identify({ __typename: 'Alias', id: deleting.id }) });
                cache.gc();
              },
            });
            notify.success(t.aliases.deleted(deleting.address));
          } catch (e) {
            notify.error(apiErrorText(toApiError(e), t));
          }
        }}
      />
    </Card>
  );
};
