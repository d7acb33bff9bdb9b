import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Card, IconButton, Tooltip, Typography } from '@mui/material';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { useState } from 'react';
import type { DomainAliasRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column } from '../../lib/ui/data-table.component';
import { useNotify } from '../../lib/ui/notify.context';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import type { DomainTabProps } from '../domains/domain-tab.props';
import { domainPath } from '../domains/domain-tabs';
import { MxStatusIcon } from '../mx/mx-status-icon.component';
import { CreateDomainAliasDialog } from './create-domain-alias.dialog';
import { DomainAliasStateChip } from './domain-alias-state-chip.component';
import {
  CreateDomainAliasMutation,
  DeleteDomainAliasMutation,
  DomainAliasesQuery,
} from './domain-aliases.graphql';
import { VerifyDomainAliasDialog } from './verify-domain-alias.dialog';

/** Other names of the domain, each verified on its own (free and unlimited). */
export const DomainAliasesTab = ({ domain }: DomainTabProps) => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const viewer = useViewer();
  const pages = useCursorPages();
  const [creating, setCreating] = useState(false);
  const [verifying, setVerifying] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<DomainAliasRowFragment | null>(null);

  const { data, loading, error, refetch } = useQuery(DomainAliasesQuery, {
    variables: { domainId: domain.id, ...pages.variables },
  });
  const [create] = useMutation(CreateDomainAliasMutation, { refetchQueries: ['DomainAliases'] });
  const [remove] = useMutation(DeleteDomainAliasMutation, { refetchQueries: ['DomainAliases'] });

  // Domain aliases are domain-level objects: the domain permissions govern them.
  const may = {
    add: viewer.permissions.includes('DOMAINS_ADD'),
    verify: viewer.permissions.includes('DOMAINS_EDIT'),
    delete: viewer.permissions.includes('DOMAINS_DELETE'),
  };

  const add = async (input: { name: string; allowWww: boolean }) => {
    const { data: created } = await create({
      variables: { input: { domainId: domain.id, ...input } },
    });
    if (!created) return;
    const alias = created.createDomainAlias;
    notify.success(t.domainAliases.created(alias.name));
    // A new name is useless until verified: go straight to how.
    if (may.verify) setVerifying(alias);
  };

  const columns: Column<DomainAliasRowFragment, never>[] = [
    {
      key: 'name',
      label: t.domainAliases.name,
      render: (a) => (
        <Box>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{a.name}</Typography>
          {a.asciiName !== a.name ? (
            <Typography variant="body2" color="text.secondary">
              {a.asciiName}
            </Typography>
          ) : null}
        </Box>
      ),
    },
    {
      key: 'state',
      label: t.domainAliases.state,
      render: (a) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <DomainAliasStateChip state={a.state} />
          {/* An alias's mail depends on its MX records once both it and the domain are active. */}
          <MxStatusIcon
            state={a.state}
            mxCheck={a.mxCheck}
            domainState={domain.state}
            to={domainPath(domain.id, 'mx')}
          />
        </Box>
      ),
    },
    {
      key: 'verification',
      label: t.domainAliases.verification,
      hideOnMobile: true,
      render: (a) => {
        const when = formatDateTime(a.verifiedAt, locale);
        if (a.verifiedBy === 'DNS') return t.verification.verifiedByDns(when);
        if (a.verifiedBy === 'EMAIL') return t.verification.verifiedByEmail(when);
        return t.domainAliases.notVerified;
      },
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (a) => (
        <Box sx={{ whiteSpace: 'nowrap', display: 'inline-flex', gap: 1, alignItems: 'center' }}>
          {may.verify && (a.state === 'AWAITING_VERIFICATION' || a.state === 'UPDATING') ? (
            <Button
              size="small"
              variant="outlined"
              startIcon={<VerifiedUserOutlined />}
              aria-label={t.domainAliases.verify(a.name)}
              onClick={() => setVerifying(a)}
            >
              {t.domainAliases.verifyButton}
            </Button>
          ) : null}
          {may.delete ? (
            <Tooltip title={t.common.delete}>
              <IconButton
                aria-label={`${t.common.delete}: ${a.name}`}
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
    <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
      {t.domainAliases.add}
    </Button>
  ) : undefined;

  return (
    <Card>
      <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography color="text.secondary" sx={{ flex: '1 1 240px' }}>
          {t.domainAliases.hint}
        </Typography>
        {addButton}
      </Box>
      <DataTable
        label={t.domainAliases.tableLabel(domain.name)}
        // No empty Actions column for whoever may only look (a postmaster, here).
        columns={may.verify || may.delete ? columns : columns.filter((c) => c.key !== 'actions')}
        rows={data?.domainAliases.edges.map((e) => e.node)}
        rowKey={(a) => a.id}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        totalCount={data?.domainAliases.totalCount ?? 0}
        endCursor={data?.domainAliases.pageInfo.endCursor}
        pages={pages}
        empty={{ title: t.domainAliases.empty, hint: t.domainAliases.emptyHint }}
      />
      {creating ? (
        <CreateDomainAliasDialog
          domainName={domain.name}
          onClose={() => setCreating(false)}
          onSubmit={add}
        />
      ) : null}
      {verifying ? (
        <VerifyDomainAliasDialog alias={verifying} onClose={() => setVerifying(null)} />
      ) : null}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={t.domainAliases.confirmDeleteTitle(deleting?.name ?? '')}
        body={t.domainAliases.confirmDeleteBody}
        confirmLabel={t.common.delete}
        destructive
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({
              variables: { id: deleting.id },
              update: (cache) => {
                cache.evict({ id: cache.identify({ __typename: 'DomainAlias', id: deleting.id }) });
                cache.gc();
              },
            });
            notify.success(t.domainAliases.deleted(deleting.name));
          } catch (e) {
            notify.error(apiErrorText(toApiError(e), t));
          }
        }}
      />
    </Card>
  );
};
