import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useId, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';

export interface DeleteDomainDialogProps {
  domain: { name: string; asciiName: string };
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Deleting a domain takes its mail with it: the name must be typed to confirm. */
export const DeleteDomainDialog = ({ domain, onConfirm, onClose }: DeleteDomainDialogProps) => {
  const { t } = useI18n();
  const s = t.domainSettings;
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const normalised = typed.trim().toLowerCase();
  const matches = normalised === domain.name || normalised === domain.asciiName;
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      maxWidth="xs"
      fullWidth
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (matches && !busy) void confirm();
        }}
      >
        <DialogTitle id={`${id}-title`}>{s.confirmDeleteTitle(domain.name)}</DialogTitle>
        <DialogContent>
          <DialogContentText id={`${id}-body`} sx={{ mb: 2 }}>
            {s.confirmDeleteBody}
          </DialogContentText>
          <TextField
            label={s.typeToConfirm(domain.name)}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            fullWidth
            autoFocus
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {t.common.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color="error"
            disabled={!matches || busy}
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {s.delete}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
