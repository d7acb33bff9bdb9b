import { Box, Typography } from '@mui/material';
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import type { ReactNode } from 'react';

export const EmptyState = ({
  title,
  hint,
  action,
}: {
  title: string;
  hint?: string;
  action?: ReactNode;
}) => (
  <Box sx={{ textAlign: 'center', py: 7, px: 2 }} role="status">
    <Box
      sx={{
        width: 56,
        height: 56,
        borderRadius: '50%',
        bgcolor: 'action.hover',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        mb: 2,
      }}
    >
      <InboxOutlined color="action" aria-hidden />
    </Box>
    <Typography variant="h3" component="p">
      {title}
    </Typography>
    {hint ? (
      <Typography color="text.secondary" sx={{ mt: 1, maxWidth: 420, mx: 'auto' }}>
        {hint}
      </Typography>
    ) : null}
    {action ? <Box sx={{ mt: 3 }}>{action}</Box> : null}
  </Box>
);
