import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../lib/i18n/i18n.context';

export const NotFoundPage = () => {
  const { t } = useI18n();
  return (
    <Box sx={{ textAlign: 'center', py: 10 }}>
      <Typography variant="h1" component="h1">
        {t.notFound.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1.5, mb: 3 }}>
        {t.notFound.body}
      </Typography>
      <Button variant="contained" component={RouterLink} to="/">
        {t.notFound.home}
      </Button>
    </Box>
  );
};
