import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n.context';
import { VerificationPanel } from '../verification/verification.panel';

/** The verification panel of one domain alias, over the list. */
export const VerifyDomainAliasDialog = ({
  alias,
  onClose,
}: {
  alias: { id: string; name: string };
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const id = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="md">
      <DialogTitle id={`${id}-title`}>{t.domainAliases.verifyTitle(alias.name)}</DialogTitle>
      <DialogContent dividers>
        <VerificationPanel kind="DOMAIN_ALIAS" id={alias.id} />
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button onClick={onClose}>{t.common.close}</Button>
      </DialogActions>
    </Dialog>
  );
};
