import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Card, Chip } from '@mui/material';
import Add from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ApiTokenRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { formatDate, formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column } from '../../lib/ui/data-table.component';
import { useNotify } from '../../lib/ui/notify.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { StatusChip } from '../../lib/ui/status-chip.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import { apiTokenStatus } from './api-token-status';
import {
  ApiTokensQuery,
  CreateApiTokenMutation,
  RevokeApiTokenMutation,
} from './api-tokens.graphql';
import { CreateApiTokenDialog } from './create-api-token.dialog';
import { expiryToIso } from './create-api-token.schema';
import { TokenSecretDialog } from './token-secret.dialog';

const TONES = { active: 'success', revoked: 'default', expired: 'warning' } as const;

export const ApiTokenListPage = () => {
  const { t, locale } = useI18n();
  const notify = useNotify();
  const viewer = useViewer();
  const pages = useCursorPages();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenRowFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(ApiTokensQuery, {
    variables: pages.variables,
    skip: Boolean(viewer.impersonation),
  });
  const [create] = useMutation(CreateApiTokenMutation, {
    refetchQueries: ['ApiTokens', 'DashboardStats'],
  });
  const [revoke] = useMutation(RevokeApiTokenMutation, { refetchQueries: ['DashboardStats'] });

  if (viewer.impersonation) {
    return (
      <>
        <PageHeader title={t.apiTokens.title} />
        <Alert severity="info">{t.apiTokens.notWhileActing}</Alert>
      </>
    );
  }

  const columns: Column<ApiTokenRowFragment, never>[] = [
    {
      key: 'name',
      label: t.apiTokens.name,
      render: (r) => <Box sx={{ fontWeight: 600 }}>{r.name}</Box>,
    },
    {
      key: 'prefix',
      label: t.apiTokens.prefix,
      render: (r) => <code>{r.prefix}…</code>,
      hideOnMobile: true,
    },
    { key: 'owner', label: t.apiTokens.owner, render: (r) => r.ownerLogin, hideOnMobile: true },
    {
      key: 'scopes',
      label: t.apiTokens.scopes,
      render: (r) => (
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          {r.scopes.map((s) => (
            <Chip key={s} size="small" label={t.apiTokens[`scope${s}`]} />
          ))}
        </Box>
      ),
    },
    {
      key: 'status',
      label: t.apiTokens.status,
      render: (r) => {
        const status = apiTokenStatus(r);
        return <StatusChip label={t.apiTokens[status]} tone={TONES[status]} />;
      },
    },
    {
      key: 'lastUsed',
      label: t.apiTokens.lastUsed,
      hideOnMobile: true,
      render: (r) => (r.lastUsedAt ? formatDateTime(r.lastUsedAt, locale) : t.common.never),
    },
    {
      key: 'expires',
      label: t.apiTokens.expiresAt,
      hideOnMobile: true,
      render: (r) => (r.expiresAt ? formatDate(r.expiresAt, locale) : t.common.never),
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (r) =>
        apiTokenStatus(r) === 'revoked' ? null : (
          <Button
            color="error"
            size="small"
            onClick={() => setRevoking(r)}
            aria-label={`${t.apiTokens.revoke}: ${r.name}`}
          >
            {t.apiTokens.revoke}
          </Button>
        ),
    },
  ];

  const addButton = (
    <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
      {t.apiTokens.add}
    </Button>
  );

  return (
    <>
      <PageHeader title={t.apiTokens.title} actions={addButton} />
      <Card>
        <DataTable
          label={t.apiTokens.title}
          columns={columns}
          rows={data?.apiTokens.edges.map((e) => e.node)}
          rowKey={(r) => r.id}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          totalCount={data?.apiTokens.totalCount ?? 0}
          endCursor={data?.apiTokens.pageInfo.endCursor}
          pages={pages}
          empty={{ title: t.apiTokens.empty, hint: t.apiTokens.emptyHint, action: addButton }}
        />
      </Card>
      {creating ? (
        <CreateApiTokenDialog
          onClose={() => setCreating(false)}
          onSubmit={async (v) => {
            const { data: created } = await create({
              variables: {
                input: { name: v.name, scopes: v.scopes, expiresAt: expiryToIso(v.expiresAt) },
              },
            });
            setCreating(false);
            if (created) {
              setSecret(created.createApiToken.secret);
              notify.success(t.apiTokens.created(created.createApiToken.token.name));
            }
          }}
        />
      ) : null}
      {secret ? <TokenSecretDialog secret={secret} onClose={() => setSecret(null)} /> : null}
      <ConfirmDialog
        open={Boolean(revoking)}
        title={t.apiTokens.confirmRevokeTitle(revoking?.name ?? '')}
        body={t.apiTokens.confirmRevokeBody}
        confirmLabel={t.apiTokens.revoke}
        destructive
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          try {
            await revoke({ variables: { id: revoking.id } });
            notify.success(t.apiTokens.revokedToast(revoking.name));
          } catch (e) {
            notify.error(apiErrorText(toApiError(e), t));
          }
        }}
      />
    </>
  );
};
