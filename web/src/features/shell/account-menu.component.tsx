import {
  Avatar,
  Box,
  Button,
  Divider,
  ListItemIcon,
  Menu,
  MenuItem,
  Typography,
} from '@mui/material';
import Logout from '@mui/icons-material/Logout';
import MailOutline from '@mui/icons-material/MailOutline';
import PersonOutline from '@mui/icons-material/PersonOutline';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useSession } from '../auth/session.context';
import type { Viewer } from '../auth/viewer';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** The principal, with profile and sign-out. */
export const AccountMenu = ({ viewer }: { viewer: Viewer }) => {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Mailbox owners and postmasters have their mailbox where panel users have a profile.
  const mailbox = viewer.kind !== 'PANEL_USER';
  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        aria-controls={anchor ? id : undefined}
        aria-label={`${t.menu.account}: ${viewer.name}`}
        sx={{ textTransform: 'none', gap: 1, px: 1 }}
      >
        <Avatar
          sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'rgba(0,0,0,0.25)', color: '#fff' }}
        >
          {initials(viewer.name) || '?'}
        </Avatar>
        <Box sx={{ display: { xs: 'none', sm: 'block' }, textAlign: 'left', lineHeight: 1.2 }}>
          <Typography component="span" sx={{ display: 'block', fontWeight: 600, fontSize: 14 }}>
            {viewer.name}
          </Typography>
          <Typography component="span" sx={{ display: 'block', fontSize: 12, opacity: 0.85 }}>
            {viewer.login}
          </Typography>
        </Box>
      </Button>
      <Menu
        id={id}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ px: 2, py: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{viewer.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {mailbox ? t.principalKinds[viewer.kind] : t.roles[viewer.role]} ·{' '}
            {viewer.organisation.name}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void navigate(mailbox ? '/my-mailbox' : '/profile');
          }}
        >
          <ListItemIcon>
            {mailbox ? <MailOutline fontSize="small" /> : <PersonOutline fontSize="small" />}
          </ListItemIcon>
          {mailbox ? t.menu.myMailbox : t.menu.profile}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void signOut();
          }}
        >
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          {t.auth.logout}
        </MenuItem>
      </Menu>
    </>
  );
};
