import { Card, CardContent } from '@mui/material';
import type { DomainQuery } from '../../gql/graphql';
import { AliasesTab } from '../aliases/aliases.tab';
import { DomainAliasesTab } from '../domain-aliases/domain-aliases.tab';
import { MailboxesTab } from '../mailboxes/mailboxes.tab';
import { MxCheckTab } from '../mx/mx-check.tab';
import { VerificationPanel } from '../verification/verification.panel';
import { DomainClientSettingsTab } from './domain-client-settings.tab';
import { DomainSettingsTab } from './domain-settings.tab';
import type { DomainTabProps } from './domain-tab.props';
import type { DomainTab } from './domain-tabs';

/** The content of one tab of the domain page. */
export const DomainTabPanel = ({
  tab,
  domain,
  asPostmaster,
}: {
  tab: DomainTab;
  domain: DomainQuery['domain'];
  asPostmaster: boolean;
}) => {
  const props: DomainTabProps = {
    domain: { id: domain.id, name: domain.name, asciiName: domain.asciiName, state: domain.state },
    asPostmaster,
  };
  switch (tab) {
    case 'mailboxes':
      return <MailboxesTab {...props} />;
    case 'aliases':
      return <AliasesTab {...props} />;
    case 'domain-aliases':
      return <DomainAliasesTab {...props} />;
    case 'settings':
      return <DomainSettingsTab domain={domain} asPostmaster={asPostmaster} />;
    case 'verification':
      // On a card like the other tabs; the domain alias dialog shows the same panel bare.
      return (
        <Card>
          <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
            <VerificationPanel kind="DOMAIN" id={domain.id} />
          </CardContent>
        </Card>
      );
    case 'mx':
      return <MxCheckTab {...props} />;
    case 'client-settings':
      return <DomainClientSettingsTab domain={domain} />;
  }
};
