import { Alert, Button, CircularProgress } from '@mui/material';
import Refresh from '@mui/icons-material/Refresh';
import { useI18n } from '../../lib/i18n/i18n.context';
import type { MxCheckFailure } from './use-mx-check-now.hook';

/** The "Check now" button, busy while the check runs. */
export const MxCheckNowButton = ({
  checking,
  onClick,
  label,
}: {
  checking: boolean;
  onClick: () => void;
  /** Its accessible name when several share a page (it starts with the visible text). */
  label?: string;
}) => {
  const { t } = useI18n();
  return (
    <Button
      variant="outlined"
      onClick={onClick}
      disabled={checking}
      aria-busy={checking}
      aria-label={label}
      startIcon={checking ? <CircularProgress size={16} color="inherit" /> : <Refresh />}
      sx={{ alignSelf: 'flex-start', flexShrink: 0 }}
    >
      {t.mx.checkNow}
    </Button>
  );
};

/** Why "check now" did not run: a note when it ran a moment ago, an error otherwise. */
export const MxCheckFailureAlert = ({ failure }: { failure: MxCheckFailure | undefined }) =>
  failure ? <Alert severity={failure.wait ? 'info' : 'error'}>{failure.text}</Alert> : null;
