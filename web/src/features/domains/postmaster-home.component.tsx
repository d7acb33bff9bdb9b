import { useQuery } from '@apollo/client/react';
import { Alert, Button, LinearProgress } from '@mui/material';
import { Navigate } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n.context';
import { domainPath } from './domain-tabs';
import { PostmasterDomainQuery } from './domains.graphql';

/** The postmaster has one domain and no list: it goes straight to the domain's page. */
export const PostmasterHome = () => {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(PostmasterDomainQuery);
  const id = data?.domains.edges[0]?.node.id;
  if (id) return <Navigate to={domainPath(id)} replace />;
  if (!data && !error) return <LinearProgress aria-label={t.common.loading} />;
  return (
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
  );
};
