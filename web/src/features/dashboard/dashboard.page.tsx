import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Skeleton,
  Typography,
} from '@mui/material';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import GroupOutlined from '@mui/icons-material/GroupOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LanguageOutlined from '@mui/icons-material/LanguageOutlined';
import MailOutline from '@mui/icons-material/MailOutline';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import type { ReactElement } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { PageHeader } from '../../lib/ui/page-header.component';
import { useViewer } from '../auth/session.context';
import { canOpen, type MenuKey } from '../shell/menu-items';
import { DashboardMxProblems } from './dashboard-mx-problems.component';
import { DashboardStatsQuery } from './dashboard.graphql';

interface Tile {
  key: 'resellers' | 'customers' | 'domains' | 'mailboxes' | 'users' | 'activeApiTokens';
  page: MenuKey;
  path: string;
  icon: ReactElement;
}

const TILES: Tile[] = [
  { key: 'resellers', page: 'resellers', path: '/resellers', icon: <StorefrontOutlined /> },
  { key: 'customers', page: 'customers', path: '/customers', icon: <ApartmentOutlined /> },
  { key: 'domains', page: 'domains', path: '/domains', icon: <LanguageOutlined /> },
  // Mailboxes have no page of their own: each domain lists its own, with the counts in the list.
  { key: 'mailboxes', page: 'domains', path: '/domains', icon: <MailOutline /> },
  { key: 'users', page: 'team', path: '/team', icon: <GroupOutlined /> },
  { key: 'activeApiTokens', page: 'apiTokens', path: '/api-tokens', icon: <KeyOutlined /> },
];

/** Counts of what the principal can see, each leading to its page; domains losing mail first. */
export const DashboardPage = () => {
  const { t, locale } = useI18n();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(DashboardStatsQuery);
  const tiles = TILES.filter((tile) => canOpen(viewer, tile.page));
  return (
    <>
      <PageHeader
        title={t.dashboard.title}
        subtitle={
          viewer.actingAs.name === viewer.name
            ? t.dashboard.welcome(viewer.name)
            : `${t.dashboard.welcome(viewer.name)} · ${viewer.actingAs.name}`
        }
      />
      {error && !data ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {t.common.retry}
            </Button>
          }
        >
          {t.loadFailed}
        </Alert>
      ) : null}
      {data && canOpen(viewer, 'domains') ? (
        <DashboardMxProblems count={data.dashboardStats.domainsWithMxProblems} />
      ) : null}
      <Box
        sx={{
          display: 'grid',
          gap: 2.5,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' },
        }}
      >
        {tiles.map((tile) => (
          <Card key={tile.key}>
            <CardActionArea component={RouterLink} to={tile.path} sx={{ height: '100%' }}>
              <CardContent sx={{ p: 3 }}>
                <Box
                  sx={{
                    width: 44,
                    height: 44,
                    borderRadius: 2,
                    display: 'grid',
                    placeItems: 'center',
                    bgcolor: 'primary.main',
                    color: 'primary.contrastText',
                    mb: 2,
                  }}
                  aria-hidden
                >
                  {tile.icon}
                </Box>
                <Typography color="text.secondary" sx={{ fontWeight: 500 }}>
                  {t.dashboard[tile.key]}
                </Typography>
                <Typography
                  component="p"
                  sx={{ fontSize: '2rem', fontWeight: 700, mt: 0.5 }}
                  data-testid={`stat-${tile.key}`}
                >
                  {data ? (
                    formatNumber(data.dashboardStats[tile.key], locale)
                  ) : (
                    <Skeleton width={60} />
                  )}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </>
  );
};
