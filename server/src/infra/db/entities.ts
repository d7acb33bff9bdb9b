import { JobEntity } from '../jobs/job.entity.js';
import { OutboxEventEntity } from '../outbox/outbox-event.entity.js';
import { ApiTokenEntity } from '../../modules/api-tokens/api-token.entity.js';
import { AuditEntryEntity } from '../../modules/audit/audit-entry.entity.js';
import { LoginThrottleEntity } from '../../modules/auth/login-throttle.entity.js';
import { SessionEntity } from '../../modules/auth/session.entity.js';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { DomainEntity } from '../../modules/domains/domain.entity.js';
import { MailboxEntity } from '../../modules/mailboxes/mailbox.entity.js';
import { AliasEntity } from '../../modules/aliases/alias.entity.js';
import { DomainAliasEntity } from '../../modules/domain-aliases/domain-alias.entity.js';
import { DomainProfileEntity } from '../../modules/domain-profiles/domain-profile.entity.js';
import { MailboxUsageEntity } from '../../modules/mailboxes/mailbox-usage.entity.js';
import { WebhookEndpointEntity } from '../../modules/webhooks/webhook-endpoint.entity.js';
import { WebhookDeliveryEntity } from '../../modules/webhooks/webhook-delivery.entity.js';
import { WebhookAttemptEntity } from '../../modules/webhooks/webhook-attempt.entity.js';
import { NotificationSettingsEntity } from '../../modules/notification-settings/notification-settings.entity.js';
import { QuotaWarningStateEntity } from '../../modules/quota-warnings/quota-warning-state.entity.js';
import { QuotaCheckWatermarkEntity } from '../../modules/quota-warnings/quota-check-watermark.entity.js';
import { MailPurgeEntity } from '../../platform/mail/mail-purge.entity.js';

/** Every entity; the ORM and the migration check read this one list. */
export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  ApiTokenEntity,
  AuditEntryEntity,
  JobEntity,
  OutboxEventEntity,
  DomainEntity,
  MailboxEntity,
  AliasEntity,
  DomainAliasEntity,
  DomainProfileEntity,
  MailboxUsageEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  NotificationSettingsEntity,
  QuotaWarningStateEntity,
  QuotaCheckWatermarkEntity,
  MailPurgeEntity,
];
