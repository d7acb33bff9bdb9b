import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { formatBytes } from '../../lib/format/format';
import { useI18n } from '../../lib/i18n/i18n.context';
import { MailboxUsageBar } from '../mailboxes/mailbox-usage.component';
import { PageHeader } from '../../lib/ui/page-header.component';
import { AutoresponderForm } from './autoresponder.form';
import { ClientSettings } from './client-settings.component';
import { ForwardsForm } from './forwards.form';
import { MailboxPasswordForm } from './mailbox-password.form';
import { MyMailboxQuery } from './my-mailbox.graphql';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box
    sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' }, gap: 1, py: 1.25 }}
  >
    <Typography component="dt" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" sx={{ m: 0, fontWeight: 500, overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Box>
);

const Section = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) => {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent sx={{ p: 3 }}>
        <Typography id={id} variant="h2" component="h2" sx={{ mb: hint ? 0.5 : 2 }}>
          {title}
        </Typography>
        {hint ? (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {hint}
          </Typography>
        ) : null}
        {children}
      </CardContent>
    </Card>
  );
};

/** The mailbox owner's (and postmaster's) own mailbox. */
export const MyMailboxPage = () => {
  const { t, locale } = useI18n();
  const m = t.myMailbox;
  const { data, error, refetch } = useQuery(MyMailboxQuery);
  const header = <PageHeader title={m.title} subtitle={data?.myMailbox.address} />;
  if (!data) {
    return (
      <>
        {header}
        {error ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => void refetch()}>
                {t.common.retry}
              </Button>
            }
          >
            {t.loadFailed}
          </Alert>
        ) : (
          <LinearProgress aria-label={t.common.loading} />
        )}
      </>
    );
  }
  const box = data.myMailbox;
  const name = [box.firstName, box.lastName].filter(Boolean).join(' ');
  return (
    <>
      {header}
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Box sx={{ display: 'grid', gap: 3 }}>
          <Section title={m.details}>
            <Box component="dl" sx={{ m: 0 }}>
              <Row label={m.address}>{box.address}</Row>
              <Row label={m.name}>{name || t.common.none}</Row>
              <Row label={m.quota}>{formatBytes(box.quotaMb * 1024 * 1024, locale)}</Row>
              <Row label={m.usage}>
                <MailboxUsageBar usage={box.usage} quotaMb={box.quotaMb} showQuota={false} />
              </Row>
            </Box>
          </Section>
          <Section title={m.clientSettings} hint={m.clientSettingsHint}>
            <ClientSettings settings={data.clientSettings} />
          </Section>
          <Section title={m.passwordTitle}>
            <MailboxPasswordForm />
          </Section>
        </Box>
        <Box sx={{ display: 'grid', gap: 3 }}>
          <Section title={m.autoresponderTitle} hint={m.autoresponderHint}>
            <AutoresponderForm key={box.id} autoresponder={box.autoresponder} />
          </Section>
          <Section title={m.forwardsTitle} hint={m.forwardsHint}>
            <ForwardsForm key={box.id} forwards={box.forwards} keepCopy={box.keepCopy} />
          </Section>
        </Box>
      </Box>
    </>
  );
};
