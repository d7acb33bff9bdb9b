import { Alert, Snackbar } from '@mui/material';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.context';
import { NotifyContext, type Notify } from './notify.context';

interface Toast {
  key: number;
  severity: 'success' | 'error' | 'info';
  message: string;
}

/** One snackbar at a time; a new message replaces the old one. */
export const NotifyProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useI18n();
  const [toast, setToast] = useState<Toast | null>(null);
  const [open, setOpen] = useState(false);
  const show = useCallback((severity: Toast['severity'], message: string) => {
    setToast({ key: Date.now(), severity, message });
    setOpen(true);
  }, []);
  const notify = useMemo<Notify>(
    () => ({
      success: (m) => show('success', m),
      error: (m) => show('error', m),
      info: (m) => show('info', m),
    }),
    [show],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <Snackbar
        key={toast?.key}
        open={open}
        autoHideDuration={toast?.severity === 'error' ? 8000 : 4000}
        onClose={(_e, reason) => reason !== 'clickaway' && setOpen(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {toast ? (
          <Alert
            onClose={() => setOpen(false)}
            closeText={t.common.close}
            severity={toast.severity}
            variant="filled"
            role={toast.severity === 'error' ? 'alert' : 'status'}
            sx={{ minWidth: 280 }}
          >
            {toast.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifyContext.Provider>
  );
};
