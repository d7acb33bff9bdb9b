import { Box, Tooltip } from '@mui/material';
import Download from '@mui/icons-material/Download';
import Language from '@mui/icons-material/Language';
import Send from '@mui/icons-material/Send';
import SyncAlt from '@mui/icons-material/SyncAlt';
import type { MailboxServices as Services } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { SERVICES, type Service } from './mailbox-form.schema';

const ICONS = {
  pop: Download,
  imap: SyncAlt,
  smtp: Send,
  webmail: Language,
} as const satisfies Record<Service, unknown>;

/** One icon per protocol; those that are off are faded and named as off. */
export const MailboxServices = ({ services }: { services: Services }) => {
  const { t } = useI18n();
  return (
    <Box sx={{ display: 'flex', gap: 0.75 }}>
      {SERVICES.map((s) => {
        const Icon = ICONS[s];
        const name = t.mailboxes.serviceNames[s];
        const label = services[s] ? t.mailboxes.serviceOn(name) : t.mailboxes.serviceOff(name);
        return (
          <Tooltip key={s} title={label}>
            <Box component="span" role="img" aria-label={label} sx={{ display: 'flex' }}>
              <Icon fontSize="small" aria-hidden color={services[s] ? 'primary' : 'disabled'} />
            </Box>
          </Tooltip>
        );
      })}
    </Box>
  );
};
