import { AUDIT_OBJECT_TYPES } from '@casella/shared';
import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Box,
  Button,
  Card,
  Chip,
  Link,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import FiberManualRecord from '@mui/icons-material/FiberManualRecord';
import { useState } from 'react';
import type { AuditEntryRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { DataTable, type Column } from '../../lib/ui/data-table.component';
import { PageHeader } from '../../lib/ui/page-header.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { AuditEntryAddedSubscription, AuditLogQuery } from './audit.graphql';
import {
  EMPTY_AUDIT_FILTER,
  isFiltered,
  toAuditFilter,
  type AuditFilterState,
} from './audit-filters';

/** Who changed what and when, newest first, updated live. */
export const AuditLogPage = () => {
  const { t, locale } = useI18n();
  const pages = useCursorPages(25);
  const [filter, setFilter] = useState<AuditFilterState>(EMPTY_AUDIT_FILTER);
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { ...pages.variables, filter: toAuditFilter(filter) },
  });
  useSubscription(AuditEntryAddedSubscription, {
    // New entries land on the first page; later pages stay still while being read.
    onData: () => {
      if (pages.page === 0) void refetch();
    },
  });
  const change = (next: Partial<AuditFilterState>) => {
    setFilter((f) => ({ ...f, ...next }));
    pages.reset();
  };
  const typeLabel = (type: string) => (t.audit.types as Record<string, string>)[type] ?? type;

  const columns: Column<AuditEntryRowFragment, never>[] = [
    {
      key: 'when',
      label: t.audit.when,
      render: (e) => <Box sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt, locale)}</Box>,
    },
    {
      key: 'actor',
      label: t.audit.actor,
      render: (e) => (
        <Box>
          {e.actorId ? (
            <Tooltip title={t.audit.filterByActor(e.actorLabel)} describeChild>
              <Link
                component="button"
                type="button"
                onClick={() => change({ actor: { id: e.actorId!, label: e.actorLabel } })}
              >
                {e.actorLabel}
              </Link>
            </Tooltip>
          ) : (
            t.audit.system
          )}
          {e.actingAsLabel ? (
            <Typography variant="body2" color="text.secondary">
              {t.audit.actingAs} {e.actingAsLabel}
            </Typography>
          ) : null}
        </Box>
      ),
    },
    {
      key: 'action',
      label: t.audit.action,
      render: (e) => (
        <Tooltip title={e.action} describeChild>
          <span>{(t.audit.actions as Record<string, string>)[e.action] ?? e.action}</span>
        </Tooltip>
      ),
    },
    {
      key: 'object',
      label: t.audit.object,
      render: (e) => (
        <Box>
          <Tooltip title={t.audit.filterByObject(e.objectLabel)} describeChild>
            <Link
              component="button"
              type="button"
              onClick={() => change({ object: { id: e.objectId, label: e.objectLabel } })}
            >
              {e.objectLabel}
            </Link>
          </Tooltip>
          <Typography variant="body2" color="text.secondary">
            {typeLabel(e.objectType)}
          </Typography>
        </Box>
      ),
    },
    { key: 'ip', label: t.audit.ip, render: (e) => <code>{e.ip}</code>, hideOnMobile: true },
  ];

  return (
    <>
      <PageHeader
        title={t.audit.title}
        actions={
          <Chip
            icon={<FiberManualRecord sx={{ fontSize: 12 }} />}
            label={t.audit.live}
            color="success"
            variant="outlined"
            size="small"
          />
        }
      />
      <Card>
        <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label={t.audit.objectType}
            value={filter.objectType}
            onChange={(e) => change({ objectType: e.target.value })}
            sx={{ minWidth: 180 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.common.all}</MenuItem>
            {AUDIT_OBJECT_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {typeLabel(type)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            type="datetime-local"
            label={t.audit.from}
            value={filter.from}
            onChange={(e) => change({ from: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            size="small"
            type="datetime-local"
            label={t.audit.to}
            value={filter.to}
            onChange={(e) => change({ to: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {filter.actor ? (
            <Chip
              label={t.audit.actorChip(filter.actor.label)}
              onDelete={() => change({ actor: null })}
            />
          ) : null}
          {filter.object ? (
            <Chip
              label={t.audit.objectChip(filter.object.label)}
              onDelete={() => change({ object: null })}
            />
          ) : null}
          {isFiltered(filter) ? (
            <Button onClick={() => change(EMPTY_AUDIT_FILTER)}>{t.common.clearFilters}</Button>
          ) : null}
        </Box>
        <DataTable
          label={t.audit.title}
          columns={columns}
          rows={data?.auditLog.edges.map((e) => e.node)}
          rowKey={(e) => e.id}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          totalCount={data?.auditLog.totalCount ?? 0}
          endCursor={data?.auditLog.pageInfo.endCursor}
          pages={pages}
          empty={
            isFiltered(filter)
              ? { title: t.audit.emptyFiltered }
              : { title: t.audit.empty, hint: t.audit.emptyHint }
          }
        />
      </Card>
    </>
  );
};
