import type { AlertColor } from '@mui/material';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import ErrorOutline from '@mui/icons-material/ErrorOutline';
import HelpOutline from '@mui/icons-material/HelpOutline';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';

const ICONS = {
  success: { Icon: CheckCircleOutline, color: 'success.main' },
  error: { Icon: ErrorOutline, color: 'error.main' },
  warning: { Icon: WarningAmberOutlined, color: 'warning.dark' },
  info: { Icon: HelpOutline, color: 'text.secondary' },
} as const satisfies Record<AlertColor, unknown>;

/**
 * The icon of an MX verdict's severity, in its colour. Decorative: whatever
 * shows it names the status in words (or labels it) too.
 */
export const MxSeverityIcon = ({ severity }: { severity: AlertColor }) => {
  const { Icon, color } = ICONS[severity];
  return <Icon fontSize="small" aria-hidden sx={{ color, display: 'block' }} />;
};
