import { AppBar, Box, Chip, Drawer, IconButton, Link, Toolbar, Typography } from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n.context';
import { BrandLogo } from '../auth/brand-logo.component';
import { useViewer } from '../auth/session.context';
import { AccountMenu } from './account-menu.component';
import { ActingAsBanner } from './acting-as.banner';
import { LanguageSwitchInline } from './language-switch-inline.component';
import { SideMenu } from './side-menu.component';

const DRAWER_WIDTH = 248;

/** Top bar, side menu (a drawer on phones) and the page. */
export const AppShell = () => {
  const { t } = useI18n();
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {t.common.skipToContent}
      </Link>
      <AppBar
        position="fixed"
        elevation={0}
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          bgcolor: (theme) => theme.brand.bar,
          color: (theme) => theme.brand.barText,
          // On the brand colour the focus ring takes the bar's text colour to stay visible.
          '& :focus-visible, & .Mui-focusVisible': { outlineColor: (theme) => theme.brand.barText },
        }}
      >
        <Toolbar sx={{ gap: 1 }}>
          <IconButton
            color="inherit"
            edge="start"
            onClick={() => setOpen(true)}
            aria-label={t.menu.openMenu}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <BrandLogo />
          <Chip
            label={viewer.actingAs.name}
            size="small"
            sx={{
              ml: 2,
              display: { xs: 'none', sm: 'inline-flex' },
              color: 'inherit',
              borderColor: 'currentColor',
              fontWeight: 600,
            }}
            variant="outlined"
            aria-label={`${t.kinds[viewer.actingAs.kind]}: ${viewer.actingAs.name}`}
          />
          <Typography sx={{ display: { xs: 'none', lg: 'block' }, opacity: 0.85, fontSize: 13 }}>
            {t.kinds[viewer.actingAs.kind]}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <LanguageSwitchInline />
          <AccountMenu viewer={viewer} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="temporary"
        open={open}
        onClose={() => setOpen(false)}
        sx={{ display: { md: 'none' }, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
      >
        <Toolbar />
        <SideMenu viewer={viewer} onNavigate={() => setOpen(false)} />
      </Drawer>
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: 'none', md: 'block' },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': {
            width: DRAWER_WIDTH,
            boxSizing: 'border-box',
            borderRight: '1px solid #e5e7eb',
          },
        }}
      >
        <Toolbar />
        <SideMenu viewer={viewer} />
      </Drawer>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Toolbar />
        <ActingAsBanner viewer={viewer} />
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{ p: { xs: 2, sm: 3, md: 4 }, maxWidth: 1280, mx: 'auto', outline: 'none' }}
        >
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
};
