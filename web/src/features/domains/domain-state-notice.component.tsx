import { Alert } from '@mui/material';
import type { DomainRowFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useViewer } from '../auth/session.context';
import { domainAccess } from './domain-access';

/**
 * Why a domain gets no mail although it exists: the customer turned it off,
 * the provider suspended it, or the whole customer is suspended (its domains
 * keep their own state, so they come back as they were).
 */
export const DomainStateNotice = ({ domain }: { domain: DomainRowFragment }) => {
  const { t } = useI18n();
  const n = t.domains.notice;
  const provider = domainAccess(useViewer()).suspend;
  let text: string | null = null;
  if (domain.customerSuspended)
    text = n.customerSuspended(domain.customer?.name ?? t.domains.customer);
  else if (domain.state === 'SUSPENDED')
    text = provider ? n.suspendedForProvider : n.suspendedForCustomer;
  else if (domain.state === 'DISABLED') text = n.disabled;
  if (!text) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }}>
      {text}
    </Alert>
  );
};
