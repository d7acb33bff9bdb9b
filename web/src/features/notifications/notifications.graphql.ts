import { graphql } from '../../gql';

export const NotificationSettingsFieldsFragment = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    quotaEmailEnabled
    quotaEmailRecipients
    quotaWebhookEnabled
    mxEmailEnabled
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      ...NotificationSettingsFields
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);

export const WebhookCatalogueQuery = graphql(`
  query WebhookCatalogue {
    webhookCatalogue {
      httpAllowed
      eventTypes {
        type
      }
    }
  }
`);

export const WebhookEndpointRowFragment = graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    createdAt
    secretRotatedAt
    lastAttemptAt
    lastAttemptStatus
    lastResponseCode
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($first: Int, $after: String) {
    webhookEndpoints(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...WebhookEndpointRow
        }
      }
    }
  }
`);

export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointRow
    }
  }
`);

export const WebhookEndpointSecretQuery = graphql(`
  query WebhookEndpointSecret($id: ID!) {
    webhookEndpointSecret(id: $id)
  }
`);

export const WebhookDeliveryAttemptsQuery = graphql(`
  query WebhookDeliveryAttempts($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveryAttempts(endpointId: $endpointId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          messageId
          eventType
          attempt
          status
          responseCode
          latencyMs
          error
          createdAt
          deliveryStatus
          nextAttemptAt
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      ...WebhookEndpointRow
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      ...WebhookEndpointRow
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const RotateWebhookEndpointSecretMutation = graphql(`
  mutation RotateWebhookEndpointSecret($id: ID!) {
    rotateWebhookEndpointSecret(id: $id) {
      secret
      endpoint {
        ...WebhookEndpointRow
      }
    }
  }
`);

export const SendTestWebhookEventMutation = graphql(`
  mutation SendTestWebhookEvent($endpointId: ID!) {
    sendTestWebhookEvent(endpointId: $endpointId) {
      messageId
    }
  }
`);
