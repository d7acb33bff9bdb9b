import { Box, Chip, Typography } from '@mui/material';
import type { MyMailboxQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { CopyButton } from './copy-button.component';

type Settings = MyMailboxQuery['clientSettings'];
type Server = Settings['imap'];
/** Without a login the user name is explained by the caller (a domain has many mailboxes). */
type ClientSettingsValues = Omit<Settings, 'login' | '__typename'> & { login?: string };

const PROTOCOLS = [
  ['imap', 'IMAP'],
  ['pop', 'POP3'],
  ['smtp', 'SMTP'],
] as const;

const Value = ({ label, value }: { label: string; value: string }) => (
  <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
    <Typography
      component="dd"
      sx={{ m: 0, fontFamily: 'ui-monospace, monospace', fontSize: 14, overflowWrap: 'anywhere' }}
    >
      {value}
    </Typography>
    <CopyButton value={value} label={label} />
  </Box>
);

const ServerRows = ({
  name,
  server,
  offHint,
}: {
  name: string;
  server: Server;
  offHint: string;
}) => {
  const { t } = useI18n();
  const m = t.myMailbox;
  return (
    <Box
      component="section"
      aria-label={name}
      sx={{
        py: 1.5,
        borderTop: '1px solid',
        borderColor: 'divider',
        opacity: server.enabled ? 1 : 0.6,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography component="h3" sx={{ fontWeight: 600 }}>
          {name}
        </Typography>
        {server.enabled ? null : (
          <Chip size="small" label={m.serviceOff} title={offHint} variant="outlined" />
        )}
      </Box>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: '120px 1fr',
          alignItems: 'center',
          columnGap: 1,
        }}
      >
        <Typography component="dt" color="text.secondary">
          {m.host}
        </Typography>
        <Value label={`${name} ${m.host}`} value={server.host} />
        <Typography component="dt" color="text.secondary">
          {m.port}
        </Typography>
        <Value label={`${name} ${m.port}`} value={String(server.port)} />
        <Typography component="dt" color="text.secondary">
          {m.security}
        </Typography>
        <Value label={`${name} ${m.security}`} value={server.security} />
      </Box>
    </Box>
  );
};

/** Host, port and security per protocol, and the user name, each copyable. */
export const ClientSettings = ({
  settings,
  serviceOffHint,
}: {
  settings: ClientSettingsValues;
  serviceOffHint?: string;
}) => {
  const { t } = useI18n();
  return (
    <>
      {settings.login === undefined ? null : (
        <Box
          component="dl"
          sx={{
            m: 0,
            pb: 1.5,
            display: 'grid',
            gridTemplateColumns: '120px 1fr',
            alignItems: 'center',
            columnGap: 1,
          }}
        >
          <Typography component="dt" color="text.secondary">
            {t.myMailbox.login}
          </Typography>
          <Value label={t.myMailbox.login} value={settings.login} />
        </Box>
      )}
      {PROTOCOLS.map(([key, name]) => (
        <ServerRows
          key={key}
          name={name}
          server={settings[key]}
          offHint={serviceOffHint ?? t.myMailbox.serviceOffHint}
        />
      ))}
    </>
  );
};
