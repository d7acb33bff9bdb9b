import type { MxRecord, MxStatus } from '../domains/mx-status.js';
import type {
  QUOTA_RECOVERED_PERCENT,
  QuotaMetric,
  QuotaWarningPercent,
} from '../mailboxes/quota-warnings.js';

/**
 * The webhook event catalogue (README "Webhooks"): every type a customer may
 * subscribe an endpoint to, declared once for the API, the SPA and the server.
 */
export const WEBHOOK_EVENT_TYPES = [
  'webhook.test',
  'mailbox.quota.warning',
  'mailbox.quota.recovered',
  'domain.mx.problem',
  'domain.mx.fixed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEventInfo {
  type: WebhookEventType;
  description: string;
}

export const WEBHOOK_EVENT_CATALOGUE: readonly WebhookEventInfo[] = [
  {
    type: 'webhook.test',
    description: 'A test event, sent on demand from the panel or the API.',
  },
  {
    type: 'mailbox.quota.warning',
    description:
      'A mailbox went above 80 % or above 95 % of its storage quota or message limit (once per crossing).',
  },
  {
    type: 'mailbox.quota.recovered',
    description: 'A mailbox that had gone above 80 % is back below 75 % of that limit.',
  },
  {
    type: 'domain.mx.problem',
    description:
      'The MX records of an active domain or domain alias do not send its mail to the platform: some point elsewhere, or there are none (once, until fixed).',
  },
  {
    type: 'domain.mx.fixed',
    description:
      'The MX records of a domain or domain alias reported with a problem point at the platform again.',
  },
];

/** `data` of the MX events (README "Webhooks"). */
export interface DomainMxEventData {
  /** The real domain: the one checked, or the one the alias stands for. */
  domainId: string;
  /** Set when the name checked is a domain alias. */
  domainAliasId: string | null;
  /** The A-label checked. */
  domain: string;
  /** WRONG or MISSING for a problem, OK once fixed. */
  status: MxStatus;
  /** The MX records the check saw. */
  records: MxRecord[];
  /** Those not pointing at the platform; `.` is a null MX. */
  foreignHosts: string[];
  /** The records the domain should publish. */
  expected: MxRecord[];
  /** When the check ran (ISO 8601). */
  checkedAt: string;
}

/** `data` of the quota events (README "Webhooks"). */
export interface MailboxQuotaEventData {
  mailboxId: string;
  address: string;
  domainId: string;
  /** Which limit: `storage` (bytes) or `messages` (message count). */
  metric: QuotaMetric;
  /** The threshold crossed: 80 or 95 going up, 75 coming back down. */
  threshold: QuotaWarningPercent | typeof QUOTA_RECOVERED_PERCENT;
  /** Bytes or messages stored, as the mail platform last reported. */
  used: number;
  /** The mailbox's limit, in the same unit. */
  limit: number;
  /** `used` as a percentage of `limit`, rounded down. */
  usagePercent: number;
}

/** `data` of each event type, as sent in the JSON body `{ type, timestamp, data }`. */
export interface WebhookEventData {
  'webhook.test': { endpointId: string; message: string };
  'mailbox.quota.warning': MailboxQuotaEventData;
  'mailbox.quota.recovered': MailboxQuotaEventData;
  'domain.mx.problem': DomainMxEventData;
  'domain.mx.fixed': DomainMxEventData;
}
