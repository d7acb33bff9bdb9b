import { IconButton, Tooltip } from '@mui/material';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';

/** Copies one value to the clipboard, naming it for screen readers. */
export const CopyButton = ({ value, label }: { value: string; label: string }) => {
  const { t } = useI18n();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      notify.success(t.common.copied);
    } catch {
      notify.error(t.common.copyFailed);
    }
  };
  const name = t.myMailbox.copyValue(label);
  return (
    <Tooltip title={name}>
      <IconButton size="small" onClick={() => void copy()} aria-label={name}>
        <ContentCopy fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};
