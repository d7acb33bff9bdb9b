import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../validation/field-errors.js';
import { notificationSettingsInputSchema } from './notification-settings.schema.js';

describe('the quota notice settings', () => {
  it('needs an address when e-mail notices are on', () => {
    const r = notificationSettingsInputSchema.safeParse({
      quotaEmailEnabled: true,
      quotaEmailRecipients: [],
      quotaWebhookEnabled: false,
    });
    expect(r.error && toFieldErrors(r.error)).toEqual([
      { field: 'quotaEmailRecipients', code: 'REQUIRED', message: 'Add at least one address' },
    ]);
  });

  it('normalises the addresses and drops repeats', () => {
    expect(
      notificationSettingsInputSchema.parse({
        quotaEmailEnabled: true,
        quotaEmailRecipients: [' IT@Acme.example ', 'it@acme.example', 'boss@acme.example'],
        quotaWebhookEnabled: true,
      }).quotaEmailRecipients,
    ).toEqual(['it@acme.example', 'boss@acme.example']);
  });
});
