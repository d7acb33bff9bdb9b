import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mui/material';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import PauseCircleOutline from '@mui/icons-material/PauseCircleOutline';
import PlayCircleOutline from '@mui/icons-material/PlayCircleOutline';
import PowerSettingsNew from '@mui/icons-material/PowerSettingsNew';
import { canChangeDomainState, type DomainStateChange } from '@casella/shared';
import { useState, type ReactNode } from 'react';
import type { DomainRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { ConfirmDialog } from '../../lib/ui/confirm.dialog';
import { useNotify } from '../../lib/ui/notify.context';
import { useViewer } from '../auth/session.context';
import { domainAccess } from './domain-access';
import {
  DisableDomainMutation,
  DomainQuery,
  EnableDomainMutation,
  ReactivateDomainMutation,
  SuspendDomainMutation,
} from './domains.graphql';

const ICONS: Record<DomainStateChange, ReactNode> = {
  DISABLE: <BlockOutlined />,
  ENABLE: <PowerSettingsNew />,
  SUSPEND: <PauseCircleOutline />,
  REACTIVATE: <PlayCircleOutline />,
};

/**
 * The customer's switch (disable/enable) and, for the provider, the billing
 * hold (suspend/reactivate): only the changes that would do something now and
 * that the viewer may make. Turning mail off is confirmed first.
 */
export const DomainStateActions = ({ domain }: { domain: DomainRowFragment }) => {
  const { t } = useI18n();
  const d = t.domains;
  const viewer = useViewer();
  const access = domainAccess(viewer);
  const notify = useNotify();
  const client = useApolloClient();
  // Which change the dialog asks about stays set while it closes, so its text does not flip.
  const [asking, setAsking] = useState<'DISABLE' | 'SUSPEND'>('DISABLE');
  const [open, setOpen] = useState(false);
  const [disable] = useMutation(DisableDomainMutation);
  const [enable] = useMutation(EnableDomainMutation);
  const [suspend] = useMutation(SuspendDomainMutation);
  const [reactivate] = useMutation(ReactivateDomainMutation);

  const variables = { id: domain.id };
  const mutate: Record<DomainStateChange, () => Promise<DomainRowFragment | undefined>> = {
    DISABLE: async () => (await disable({ variables })).data?.disableDomain,
    ENABLE: async () => (await enable({ variables })).data?.enableDomain,
    SUSPEND: async () => (await suspend({ variables })).data?.suspendDomain,
    REACTIVATE: async () => (await reactivate({ variables })).data?.reactivateDomain,
  };
  const run = async (change: DomainStateChange) => {
    try {
      const after = await mutate[change]();
      if (after) notify.success(d.stateChanged[change](domain.name, d.states[after.state]));
    } catch (e) {
      const error = toApiError(e);
      if (error.code === 'CONFLICT') {
        // Someone else changed it first: show what it is now rather than a stale page.
        notify.error(d.stateConflict);
        await client.refetchQueries({ include: [DomainQuery] });
      } else notify.error(apiErrorText(error, t));
    }
  };

  const facts = { state: domain.state, verified: Boolean(domain.verifiedAt) };
  const offered = (
    [
      ['DISABLE', access.edit],
      ['ENABLE', access.edit],
      ['SUSPEND', access.suspend],
      ['REACTIVATE', access.suspend],
    ] as const
  ).filter(([change, allowed]) => allowed && canChangeDomainState(change, facts));
  if (!offered.length) return null;

  const labels: Record<DomainStateChange, string> = {
    DISABLE: d.disable,
    ENABLE: d.enable,
    SUSPEND: d.suspend,
    REACTIVATE: d.reactivate,
  };
  return (
    <>
      {offered.map(([change]) => (
        <Button
          key={change}
          variant="outlined"
          color={change === 'DISABLE' || change === 'SUSPEND' ? 'warning' : 'primary'}
          startIcon={ICONS[change]}
          onClick={() => {
            if (change === 'DISABLE' || change === 'SUSPEND') {
              setAsking(change);
              setOpen(true);
            } else void run(change);
          }}
        >
          {labels[change]}
        </Button>
      ))}
      <ConfirmDialog
        open={open}
        title={
          asking === 'SUSPEND'
            ? d.confirmSuspendTitle(domain.name)
            : d.confirmDisableTitle(domain.name)
        }
        body={asking === 'SUSPEND' ? d.confirmSuspendBody : d.confirmDisableBody}
        confirmLabel={asking === 'SUSPEND' ? d.suspend : d.disable}
        destructive
        onClose={() => setOpen(false)}
        onConfirm={() => run(asking)}
      />
    </>
  );
};
