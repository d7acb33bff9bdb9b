import { createHmac, randomBytes } from 'node:crypto';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = (): string =>
  `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;

/**
 * The `webhook-signature` header: `v1,` and the base64 HMAC-SHA256 of
 * `id.timestamp.body`, keyed with the secret's decoded bytes.
 */
export const signWebhook = (
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string,
): string => {
  const key = Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), 'base64');
  const mac = createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`);
  return `v1,${mac.digest('base64')}`;
};
