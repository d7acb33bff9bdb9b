import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useSession } from '../features/auth/session.context';
import { useI18n } from '../lib/i18n/i18n.context';

export const NotFoundPage = () => {
  const { t } = useI18n();
  const { state } = useSession();
  // Home is the dashboard for panel logins and the mailbox page for everyone else.
  const mailbox = state.status === 'authenticated' && state.viewer.kind !== 'PANEL_USER';
  return (
    <Box sx={{ textAlign: 'center', py: 10 }}>
      <Typography variant="h1" component="h1">
        {t.notFound.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1.5, mb: 3 }}>
        {t.notFound.body}
      </Typography>
      <Button variant="contained" component={RouterLink} to={mailbox ? '/my-mailbox' : '/'}>
        {mailbox ? t.notFound.homeMailbox : t.notFound.home}
      </Button>
    </Box>
  );
};
