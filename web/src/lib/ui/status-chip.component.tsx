import { Chip } from '@mui/material';

export const StatusChip = ({
  label,
  tone,
}: {
  label: string;
  tone: 'success' | 'warning' | 'default' | 'error';
}) => (
  <Chip
    label={label}
    size="small"
    color={tone === 'default' ? 'default' : tone}
    variant={tone === 'default' ? 'outlined' : 'filled'}
    sx={{ fontWeight: 600 }}
  />
);
