import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import { useSwitchViewer } from '../shell/use-switch-viewer.hook';
import type { OrganisationRowFragment } from '../../gql/graphql';
import {
  DeleteOrganisationMutation,
  ImpersonateMutation,
  ReactivateOrganisationMutation,
  SuspendOrganisationMutation,
} from './organisations.graphql';

const REFETCH = ['Resellers', 'Customers', 'DashboardStats'];

/** The confirmed row actions, each reporting success or failure in a snackbar. */
export const useOrganisationActions = () => {
  const { t } = useI18n();
  const notify = useNotify();
  const switchViewer = useSwitchViewer();
  const [suspend] = useMutation(SuspendOrganisationMutation);
  const [reactivate] = useMutation(ReactivateOrganisationMutation);
  const [remove] = useMutation(DeleteOrganisationMutation, { refetchQueries: REFETCH });
  const [impersonate] = useMutation(ImpersonateMutation);

  const run = useCallback(
    async (work: () => Promise<unknown>, success: string) => {
      try {
        await work();
        notify.success(success);
      } catch (e) {
        notify.error(apiErrorText(toApiError(e), t));
      }
    },
    [notify, t],
  );

  return {
    suspend: (row: OrganisationRowFragment) =>
      run(() => suspend({ variables: { id: row.id } }), t.organisations.suspended(row.name)),
    reactivate: (row: OrganisationRowFragment) =>
      run(() => reactivate({ variables: { id: row.id } }), t.organisations.reactivated(row.name)),
    remove: (row: OrganisationRowFragment) =>
      run(() => remove({ variables: { id: row.id } }), t.organisations.deleted(row.name)),
    impersonate: (row: OrganisationRowFragment) =>
      run(async () => {
        const { data } = await impersonate({ variables: { organisationId: row.id } });
        if (data) await switchViewer(data.impersonate);
      }, t.organisations.impersonating(row.name)),
  };
};
