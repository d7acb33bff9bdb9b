import { List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import ApartmentOutlined from '@mui/icons-material/ApartmentOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import GroupOutlined from '@mui/icons-material/GroupOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import MailOutline from '@mui/icons-material/MailOutline';
import NotificationsOutlined from '@mui/icons-material/NotificationsOutlined';
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import type { ReactElement } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n.context';
import type { Viewer } from '../auth/viewer';
import { menuItemsFor, menuLabel, type MenuKey } from './menu-items';

const ICONS: Record<MenuKey, ReactElement> = {
  dashboard: <DashboardOutlined />,
  myDomain: <DnsOutlined />,
  myMailbox: <MailOutline />,
  resellers: <StorefrontOutlined />,
  customers: <ApartmentOutlined />,
  domains: <DnsOutlined />,
  team: <GroupOutlined />,
  apiTokens: <KeyOutlined />,
  notifications: <NotificationsOutlined />,
  audit: <HistoryOutlined />,
};

export const SideMenu = ({
  viewer,
  onNavigate,
}: {
  viewer: Pick<Viewer, 'kind' | 'permissions' | 'actingAs' | 'impersonation'>;
  onNavigate?: () => void;
}) => {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t.menu.navigation}>
      <List sx={{ px: 1.5, py: 2 }}>
        {menuItemsFor(viewer).map((item) => {
          const active = item.path === '/' ? pathname === '/' : pathname.startsWith(item.path);
          return (
            <ListItemButton
              key={item.key}
              component={NavLink}
              to={item.path}
              onClick={onNavigate}
              selected={active}
              aria-current={active ? 'page' : undefined}
              sx={{
                borderRadius: 2,
                mb: 0.5,
                '&.Mui-selected': {
                  bgcolor: 'primary.main',
                  color: 'primary.contrastText',
                  '& .MuiListItemIcon-root': { color: 'inherit' },
                  '&:hover': { bgcolor: 'primary.dark' },
                },
              }}
            >
              <ListItemIcon sx={{ minWidth: 40 }} aria-hidden>
                {ICONS[item.key]}
              </ListItemIcon>
              <ListItemText primary={menuLabel(t, item.key)} />
            </ListItemButton>
          );
        })}
      </List>
    </nav>
  );
};
