import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../validation/field-errors.js';
import {
  updateWebhookEndpointInputSchema,
  WEBHOOK_URL_MESSAGES,
  webhookEndpointInputSchema,
} from './webhook-endpoint.schema.js';

const errorsOf = (result: { success: boolean; error?: Parameters<typeof toFieldErrors>[0] }) =>
  result.error ? toFieldErrors(result.error).map((e) => [e.field, e.code, e.message]) : [];

describe('the webhook endpoint rules', () => {
  const production = webhookEndpointInputSchema({ allowHttp: false });

  it('wants https outside development, and says so', () => {
    const input = { url: 'http://hooks.example.com/in', eventTypes: ['webhook.test'] };
    expect(errorsOf(production.safeParse(input))).toEqual([
      ['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.httpsRequired],
    ]);
    expect(webhookEndpointInputSchema({ allowHttp: true }).safeParse(input).success).toBe(true);
  });

  it('refuses what is not an http(s) URL, or carries a password', () => {
    for (const url of ['hooks.example.com', 'ftp://hooks.example.com/', 'javascript:alert(1)'])
      expect(errorsOf(production.safeParse({ url, eventTypes: ['webhook.test'] }))).toEqual([
        ['url', 'INVALID_FORMAT', WEBHOOK_URL_MESSAGES.invalid],
      ]);
    expect(
      errorsOf(
        production.safeParse({
          url: 'https://a:b@hooks.example.com/',
          eventTypes: ['webhook.test'],
        }),
      ),
    ).toEqual([['url', 'NOT_ALLOWED', WEBHOOK_URL_MESSAGES.credentials]]);
  });

  it('fills in the defaults and drops repeated event types', () => {
    expect(
      production.parse({
        url: ' https://hooks.example.com/in ',
        eventTypes: ['mailbox.quota.warning', 'mailbox.quota.warning'],
      }),
    ).toEqual({
      url: 'https://hooks.example.com/in',
      description: '',
      eventTypes: ['mailbox.quota.warning'],
      enabled: true,
    });
  });

  it('changes only what an update names', () => {
    expect(
      updateWebhookEndpointInputSchema({ allowHttp: false }).parse({ enabled: false }),
    ).toEqual({ enabled: false });
  });
});
