import { useMutation } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import type { WebhookEndpointRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { useI18n } from '../../lib/i18n/i18n.context';
import { useNotify } from '../../lib/ui/notify.context';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  SendTestWebhookEventMutation,
  UpdateWebhookEndpointMutation,
} from './notifications.graphql';
import type { WebhookEndpointFormValues } from './webhook-endpoint.schema';

/**
 * What the endpoint list and the endpoint page do to an endpoint. `create` and
 * `save` throw, so the dialog can place field errors; the others report in a snackbar.
 */
export const useWebhookEndpointActions = () => {
  const { t } = useI18n();
  const n = t.notifications;
  const notify = useNotify();
  const [createM] = useMutation(CreateWebhookEndpointMutation, {
    refetchQueries: ['WebhookEndpoints'],
  });
  const [updateM] = useMutation(UpdateWebhookEndpointMutation);
  const [deleteM] = useMutation(DeleteWebhookEndpointMutation, {
    refetchQueries: ['WebhookEndpoints'],
  });
  const [testM] = useMutation(SendTestWebhookEventMutation, {
    refetchQueries: ['WebhookDeliveryAttempts'],
  });
  const reportError = useCallback(
    (e: unknown) => notify.error(apiErrorText(toApiError(e), t)),
    [notify, t],
  );

  return useMemo(
    () => ({
      create: async (values: WebhookEndpointFormValues) => {
        await createM({ variables: { input: values } });
        notify.success(n.created);
      },
      save: async (id: string, values: WebhookEndpointFormValues) => {
        await updateM({ variables: { id, input: values } });
        notify.success(n.saved);
      },
      setEnabled: async (endpoint: WebhookEndpointRowFragment, enabled: boolean) => {
        try {
          await updateM({
            variables: { id: endpoint.id, input: { enabled } },
            // The switch moves at once; the server's answer replaces this guess.
            optimisticResponse: {
              updateWebhookEndpoint: {
                ...endpoint,
                enabled,
                disabledReason: enabled ? null : 'MANUAL',
              },
            },
          });
          notify.success(enabled ? n.enabledToast : n.disabledToast);
        } catch (e) {
          reportError(e);
        }
      },
      sendTest: async (endpoint: WebhookEndpointRowFragment) => {
        try {
          await testM({ variables: { endpointId: endpoint.id } });
          notify.success(n.testSent);
        } catch (e) {
          reportError(e);
        }
      },
      remove: async (endpoint: WebhookEndpointRowFragment): Promise<boolean> => {
        try {
          await deleteM({ variables: { id: endpoint.id } });
          notify.success(n.deleted);
          return true;
        } catch (e) {
          reportError(e);
          return false;
        }
      },
    }),
    [createM, updateM, deleteM, testM, notify, n, reportError],
  );
};
