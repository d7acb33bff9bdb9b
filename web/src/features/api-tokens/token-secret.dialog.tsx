import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';

/** The only sight of a new token's secret, with a copy button. */
export const TokenSecretDialog = ({ secret, onClose }: { secret: string; onClose: () => void }) => {
  const { t } = useI18n();
  const notify = useNotify();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      notify.success(t.common.copied);
    } catch {
      notify.error(t.common.copyFailed);
    }
  };
  return (
    <Dialog open aria-labelledby={`${id}-title`} fullWidth maxWidth="sm" disableEscapeKeyDown>
      <DialogTitle id={`${id}-title`}>{t.apiTokens.secretTitle}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2.5 }}>
          {t.apiTokens.secretBody}
        </Alert>
        <TextField
          label={t.apiTokens.secretLabel}
          value={secret}
          fullWidth
          slotProps={{
            htmlInput: {
              readOnly: true,
              'data-testid': 'token-secret',
              style: { fontFamily: 'ui-monospace, monospace' },
            },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={t.common.copy}>
                    <IconButton onClick={() => void copy()} aria-label={t.common.copy} edge="end">
                      <ContentCopy />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
          onFocus={(e) => e.target.select()}
        />
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {t.apiTokens.secretUsage}
          </Typography>
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button variant="contained" onClick={onClose}>
          {t.apiTokens.secretDone}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
