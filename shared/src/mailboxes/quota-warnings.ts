/**
 * Quota warnings (DESIGN §3, the guide's "Avviso di casella email quasi piena"):
 * a notice when a mailbox goes above 80 % and above 95 % of a limit, and one
 * when it is back below 75 %, each once per crossing.
 */
export const QUOTA_WARNING_PERCENTS = [80, 95] as const;
export type QuotaWarningPercent = (typeof QUOTA_WARNING_PERCENTS)[number];

/** Below this a mailbox that was warned about is re-armed (and its customer told). */
export const QUOTA_RECOVERED_PERCENT = 75;

/** What a limit counts: bytes stored, or messages stored. */
export const QUOTA_METRICS = ['storage', 'messages'] as const;
export type QuotaMetric = (typeof QUOTA_METRICS)[number];

/**
 * The message-count limit new mailboxes get unless the server sets another
 * (`MAILBOX_MAX_MESSAGES`): abuse protection that ordinary use never reaches.
 */
export const DEFAULT_MAILBOX_MAX_MESSAGES = 1_000_000;
