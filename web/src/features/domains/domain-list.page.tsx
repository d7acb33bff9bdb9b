import { useQuery } from '@apollo/client/react';
import {
  Box,
  Button,
  Card,
  FormControlLabel,
  Link,
  MenuItem,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import Add from '@mui/icons-material/Add';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { DomainRowFragment, DomainSortField, DomainState } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { DataTable, type Column, type SortState } from '../../lib/ui/data-table.component';
import { PageHeader } from '../../lib/ui/page-header.component';
import { SearchField } from '../../lib/ui/search-field.component';
import { useCursorPages } from '../../lib/ui/use-cursor-pages.hook';
import { useViewer } from '../auth/session.context';
import { MxStatusIcon } from '../mx/mx-status-icon.component';
import { CreateDomainDialog } from './create-domain.dialog';
import { domainAccess } from './domain-access';
import { DOMAIN_STATES, domainListFiltersKey } from './domain-list-filters';
import {
  CustomerSuspendedChip,
  DomainStateChip,
  UPDATING_POLL_MS,
  VerificationIcon,
} from './domain-state.component';
import { domainPath } from './domain-tabs';
import { DomainsQuery } from './domains.graphql';
import { useDomainListFilters } from './use-domain-list-filters.hook';

/** The domains in the viewer's scope, with their customer above customer level. */
export const DomainListPage = () => {
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const access = domainAccess(viewer);
  const navigate = useNavigate();
  const pages = useCursorPages();
  const [filters, setFilters] = useDomainListFilters();
  const { search, state, mxProblems } = filters;
  // Other filters, another list: back to its first page, whether they changed here or by a link.
  const filterKey = domainListFiltersKey(filters);
  const [listed, setListed] = useState(filterKey);
  if (listed !== filterKey) {
    setListed(filterKey);
    pages.reset();
  }
  const [sort, setSort] = useState<SortState<DomainSortField>>({ field: 'NAME', direction: 'ASC' });
  const [creating, setCreating] = useState(false);

  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(DomainsQuery, {
    variables: {
      ...pages.variables,
      filter: {
        search: search || undefined,
        state: state || undefined,
        mxProblem: mxProblems || undefined,
      },
      orderBy: sort,
    },
  });
  // A domain being set up moves on by itself in a moment; the list follows it.
  const updating = Boolean(data?.domains.edges.some((e) => e.node.state === 'UPDATING'));
  useEffect(() => {
    if (!updating) return;
    startPolling(UPDATING_POLL_MS);
    return () => stopPolling();
  }, [updating, startPolling, stopPolling]);

  const columns: Column<DomainRowFragment, DomainSortField>[] = [
    {
      key: 'name',
      label: t.domains.name,
      sortField: 'NAME',
      render: (d) => (
        <Box>
          <Link
            component={RouterLink}
            to={domainPath(d.id)}
            underline="hover"
            color="inherit"
            sx={{ fontWeight: 600 }}
          >
            {d.name}
          </Link>
          {d.asciiName !== d.name ? (
            <Typography variant="body2" color="text.secondary">
              {d.asciiName}
            </Typography>
          ) : null}
        </Box>
      ),
    },
    ...(access.picksCustomer
      ? [
          {
            key: 'customer',
            label: t.domains.customer,
            render: (d: DomainRowFragment) => d.customer?.name ?? '—',
          },
        ]
      : []),
    {
      key: 'state',
      label: t.domains.state,
      render: (d) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <DomainStateChip state={d.state} />
          <VerificationIcon state={d.state} verifiedBy={d.verifiedBy} verifiedAt={d.verifiedAt} />
          <MxStatusIcon state={d.state} mxCheck={d.mxCheck} />
          {d.customerSuspended ? <CustomerSuspendedChip /> : null}
        </Box>
      ),
    },
    {
      key: 'mailboxes',
      label: t.domains.mailboxes,
      render: (d) => (
        <Box>
          <Typography>{formatNumber(d.mailboxCount, locale)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {d.remainingMailboxes === null || d.remainingMailboxes === undefined
              ? t.domains.noLimit
              : d.remainingMailboxes === 0
                ? t.domains.full
                : t.domains.remaining(formatNumber(d.remainingMailboxes, locale))}
          </Typography>
        </Box>
      ),
    },
    {
      key: 'createdAt',
      label: t.domains.createdAt,
      sortField: 'CREATED_AT',
      hideOnMobile: true,
      render: (d) => formatDate(d.createdAt, locale),
    },
  ];

  const addButton = access.add ? (
    <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
      {t.domains.add}
    </Button>
  ) : undefined;
  const filtered = Boolean(search || state || mxProblems);
  // Nothing wrong anywhere is good news, not a failed search.
  const empty = !filtered
    ? { title: t.domains.empty, hint: t.domains.emptyHint, action: addButton }
    : mxProblems && !search && !state
      ? { title: t.domains.emptyMxProblems, hint: t.domains.emptyMxProblemsHint }
      : { title: t.domains.emptyFiltered };

  return (
    <>
      <PageHeader title={t.domains.title} subtitle={viewer.actingAs.name} actions={addButton} />
      <Card>
        <Box sx={{ display: 'flex', gap: 2, p: 2, flexWrap: 'wrap' }}>
          <SearchField
            label={t.common.search}
            placeholder={t.domains.searchPlaceholder}
            term={search}
            onSearch={(value) => setFilters({ search: value })}
          />
          <TextField
            select
            size="small"
            label={t.domains.state}
            value={state}
            onChange={(e) => setFilters({ state: e.target.value as DomainState | '' })}
            sx={{ minWidth: 200 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.domains.allStates}</MenuItem>
            {DOMAIN_STATES.map((s) => (
              <MenuItem key={s} value={s}>
                {t.domains.states[s]}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={
              <Switch
                checked={mxProblems}
                onChange={(e) => setFilters({ mxProblems: e.target.checked })}
              />
            }
            label={t.domains.mxProblemsOnly}
          />
        </Box>
        <DataTable
          label={t.domains.title}
          columns={columns}
          rows={data?.domains.edges.map((e) => e.node)}
          rowKey={(d) => d.id}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          totalCount={data?.domains.totalCount ?? 0}
          endCursor={data?.domains.pageInfo.endCursor}
          pages={pages}
          sort={sort}
          onSort={(s) => {
            setSort(s);
            pages.reset();
          }}
          onRowClick={(d) => void navigate(domainPath(d.id))}
          empty={empty}
        />
      </Card>
      {creating ? (
        <CreateDomainDialog
          picksCustomer={access.picksCustomer}
          onClose={() => setCreating(false)}
          onCreated={(d) => void navigate(domainPath(d.id, 'verification'))}
        />
      ) : null}
    </>
  );
};
