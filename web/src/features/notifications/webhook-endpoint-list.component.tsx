import { useQuery } from '@apollo/client/react';
import {
  Box,
  Button,
  Chip,
  IconButton,
  Link,
  ListItemText,
  Menu,
  MenuItem,
  Switch,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import MoreVert from '@mui/icons-material/MoreVert';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { WebhookEndpointRowFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { DataTable, type Column } from '../../lib/ui/data-table.component';
import { SectionCard } from '../../lib/ui/section-card.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { WebhookEndpointsQuery } from './notifications.graphql';
import { useWebhookEndpointActions } from './use-webhook-endpoint-actions.hook';
import { WebhookEndpointDialog } from './webhook-endpoint.dialog';
import { EndpointStateChip, LastDelivery } from './webhook-endpoint-status.component';

type Row = WebhookEndpointRowFragment;

export const endpointPath = (id: string) => `/notifications/webhooks/${id}`;

/** The customer's endpoints: what each receives, whether it is on, how its last delivery went. */
export const WebhookEndpointList = ({ httpAllowed }: { httpAllowed: boolean }) => {
  const { t } = useI18n();
  const n = t.notifications;
  const pages = useCursorPages(10);
  const actions = useWebhookEndpointActions();
  // Polled, so the last delivery column follows deliveries made in the background.
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsQuery, {
    variables: pages.variables,
    pollInterval: 10_000,
  });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; row: Row } | null>(null);
  const closeMenu = () => setMenu(null);

  const columns: Column<Row, never>[] = [
    {
      key: 'url',
      label: n.url,
      render: (r) => (
        <Box sx={{ minWidth: 0 }}>
          <Link
            component={RouterLink}
            to={endpointPath(r.id)}
            sx={{ fontFamily: 'ui-monospace, monospace', overflowWrap: 'anywhere' }}
          >
            {r.url}
          </Link>
          {r.description ? (
            <Typography variant="body2" color="text.secondary">
              {r.description}
            </Typography>
          ) : null}
        </Box>
      ),
    },
    {
      key: 'events',
      label: n.events,
      hideOnMobile: true,
      render: (r) => (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          {r.eventTypes.map((type) => (
            <Chip key={type} size="small" label={type} title={n.eventTypes[type] ?? type} />
          ))}
        </Box>
      ),
    },
    {
      key: 'enabled',
      label: n.enabled,
      render: (r) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Switch
            checked={r.enabled}
            onChange={(e) => void actions.setEnabled(r, e.target.checked)}
            slotProps={{ input: { 'aria-label': n.enabledFor(r.url) } }}
          />
          {r.enabled ? null : <EndpointStateChip endpoint={r} />}
        </Box>
      ),
    },
    {
      key: 'last',
      label: n.lastDelivery,
      hideOnMobile: true,
      render: (r) => <LastDelivery endpoint={r} />,
    },
    {
      key: 'actions',
      label: t.common.actions,
      align: 'right',
      render: (r) => (
        <IconButton
          aria-label={n.actionsFor(r.url)}
          aria-haspopup="menu"
          onClick={(e) => setMenu({ anchor: e.currentTarget, row: r })}
        >
          <MoreVert />
        </IconButton>
      ),
    },
  ];

  const addButton = (
    <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
      {n.addEndpoint}
    </Button>
  );
  const row = menu?.row;

  return (
    <SectionCard title={n.webhooksTitle} hint={n.webhooksHint} actions={addButton}>
      <DataTable
        label={n.webhooksTitle}
        columns={columns}
        rows={data?.webhookEndpoints.edges.map((e) => e.node)}
        rowKey={(r) => r.id}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        totalCount={data?.webhookEndpoints.totalCount ?? 0}
        endCursor={data?.webhookEndpoints.pageInfo.endCursor}
        pages={pages}
        empty={{ title: n.empty, hint: n.emptyHint }}
      />
      <Menu anchorEl={menu?.anchor} open={Boolean(menu)} onClose={closeMenu}>
        <MenuItem component={RouterLink} to={row ? endpointPath(row.id) : '#'}>
          {n.openLog}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setEditing(row ?? null);
            closeMenu();
          }}
        >
          {n.edit}
        </MenuItem>
        <MenuItem
          disabled={!row?.enabled}
          onClick={() => {
            if (row) void actions.sendTest(row);
            closeMenu();
          }}
        >
          <ListItemText primary={n.sendTest} secondary={row?.enabled ? null : n.testNeedsEnabled} />
        </MenuItem>
        <MenuItem
          sx={{ color: 'error.main' }}
          onClick={() => {
            setDeleting(row ?? null);
            closeMenu();
          }}
        >
          {n.delete}
        </MenuItem>
      </Menu>
      {creating ? (
        <WebhookEndpointDialog
          httpAllowed={httpAllowed}
          onClose={() => setCreating(false)}
          onSubmit={async (values) => {
            await actions.create(values);
            setCreating(false);
          }}
        />
      ) : null}
      {editing ? (
        <WebhookEndpointDialog
          endpoint={editing}
          httpAllowed={httpAllowed}
          onClose={() => setEditing(null)}
          onSubmit={async (values) => {
            await actions.save(editing.id, values);
            setEditing(null);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={Boolean(deleting)}
        title={n.confirmDeleteTitle}
        body={n.confirmDeleteBody(deleting?.url ?? '')}
        confirmLabel={n.delete}
        destructive
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await actions.remove(deleting);
        }}
      />
    </SectionCard>
  );
};
