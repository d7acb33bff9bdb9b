import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import type { DomainQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ClientSettings } from '../my-mailbox/client-settings.component';
import { DomainClientSettingsQuery, DomainPostmasterMailboxQuery } from './domains.graphql';

/** POP, IMAP and SMTP parameters for the mailboxes of a domain, each copyable. */
export const DomainClientSettingsTab = ({ domain }: { domain: DomainQuery['domain'] }) => {
  const { t } = useI18n();
  // Host names are the same for every mailbox; the postmaster's, which always exists, tells them.
  const postmaster = useQuery(DomainPostmasterMailboxQuery, { variables: { domainId: domain.id } });
  const mailboxId = postmaster.data?.mailboxes.edges.find((e) => e.node.isPostmaster)?.node.id;
  const settings = useQuery(
    DomainClientSettingsQuery,
    mailboxId ? { variables: { mailboxId } } : skipToken,
  );
  const error = postmaster.error ?? settings.error ?? (postmaster.data && !mailboxId);
  const data = settings.dataState === 'complete' ? settings.data.clientSettings : undefined;
  const services = domain.settings.services;
  return (
    <Card component="section" aria-label={t.domains.tabs['client-settings']}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t.domains.clientSettingsHint}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t.domains.clientLogin(domain.name)}</Typography>
        {data ? (
          <ClientSettings
            // What the domain allows, not what the postmaster's own mailbox has switched.
            settings={{
              imap: { ...data.imap, enabled: services.imap },
              pop: { ...data.pop, enabled: services.pop },
              smtp: { ...data.smtp, enabled: services.smtp },
            }}
            serviceOffHint={t.domains.serviceOffHint}
          />
        ) : error ? (
          <Alert
            severity="error"
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => void (postmaster.error ? postmaster.refetch() : settings.refetch())}
              >
                {t.common.retry}
              </Button>
            }
          >
            {t.loadFailed}
          </Alert>
        ) : (
          <LinearProgress aria-label={t.common.loading} />
        )}
      </CardContent>
    </Card>
  );
};
