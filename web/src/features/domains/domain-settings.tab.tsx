import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, LinearProgress, Stack } from '@mui/material';
import DeleteOutline from '@mui/icons-material/DeleteOutline';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DomainQuery } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { useViewer } from '../auth/session.context';
import { DeleteDomainDialog } from './delete-domain.dialog';
import { domainAccess } from './domain-access';
import { DomainSettingsForm } from './domain-settings.form';
import { DomainSettingsSummary } from './domain-settings-summary.component';
import { DeleteDomainMutation, DomainProfilesQuery } from './domains.graphql';
import { SettingsSection } from './settings-section.component';

/** The settings form for those who may edit, a read-only view otherwise; deletion below. */
export const DomainSettingsTab = ({
  domain,
  asPostmaster,
}: {
  domain: DomainQuery['domain'];
  asPostmaster: boolean;
}) => {
  const { t } = useI18n();
  const s = t.domainSettings;
  const viewer = useViewer();
  const access = domainAccess(viewer);
  const notify = useNotify();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const profiles = useQuery(DomainProfilesQuery);
  const [remove] = useMutation(DeleteDomainMutation, {
    // The domain and every list that held it are gone: lists load afresh.
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Domain', id: domain.id }) });
      cache.evict({ fieldName: 'domains' });
      cache.gc();
    },
  });

  if (!profiles.data) {
    return profiles.error ? (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void profiles.refetch()}>
            {t.common.retry}
          </Button>
        }
      >
        {t.loadFailed}
      </Alert>
    ) : (
      <LinearProgress aria-label={t.common.loading} />
    );
  }
  const list = profiles.data.domainProfiles.edges.map((e) => e.node);

  return (
    <Stack spacing={3}>
      {access.edit ? (
        <DomainSettingsForm key={domain.id} domain={domain} profiles={list} access={access} />
      ) : (
        <>
          <Alert severity="info">{asPostmaster ? s.readOnlyPostmaster : s.readOnly}</Alert>
          <DomainSettingsSummary domain={domain} profiles={list} />
        </>
      )}
      {access.remove ? (
        <SettingsSection title={s.dangerTitle} hint={s.dangerHint}>
          <Box>
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteOutline />}
              onClick={() => setDeleting(true)}
            >
              {s.delete}
            </Button>
          </Box>
        </SettingsSection>
      ) : null}
      {deleting ? (
        <DeleteDomainDialog
          domain={domain}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            try {
              await remove({ variables: { id: domain.id } });
              notify.success(s.deleted(domain.name));
              void navigate('/domains', { replace: true });
            } catch (e) {
              notify.error(apiErrorText(toApiError(e), t));
              setDeleting(false);
            }
          }}
        />
      ) : null}
    </Stack>
  );
};
