import { describe, expect, it } from 'vitest';
import { quotaNoticeEmail } from './quota-notice.email.js';
import { quotaWarningEmail } from './quota-warning.email.js';

const MB = 1024 * 1024;
const warning = {
  address: 'mario@bottega.example',
  to: 'mario@bottega.example',
  firstName: 'Mario',
  threshold: 95 as const,
  usedBytes: 1946 * MB,
  quotaBytes: 2048 * MB,
  percent: 95,
};

describe('quota e-mails', () => {
  it("the owner's warning in English, from a direct customer of the platform, is signed by the platform", () => {
    const m = quotaWarningEmail({ ...warning, language: 'en', resellerName: null });
    expect(m.fromName).toBeUndefined();
    expect(m.subject).toBe('Your mailbox is nearly full (95%)');
    expect(m.text).toContain(
      'the mailbox mario@bottega.example is using 1.9 GB of its 2 GB (95%).',
    );
    expect(m.text).toContain('less than 5% of the space left');
    expect(m.text.trim().endsWith('Casella')).toBe(true);
  });

  it("under a reseller the reseller's name sends and signs it, in either language, and the platform is never named", () => {
    for (const language of ['it', 'en'] as const) {
      const m = quotaWarningEmail({ ...warning, language, resellerName: 'Rivendita Demo' });
      expect(m.fromName).toBe('Rivendita Demo');
      expect(`${m.subject}\n${m.text}`).not.toMatch(/Casella/);
      expect(m.text.trim().endsWith('Rivendita Demo')).toBe(true);
    }
    expect(
      quotaWarningEmail({ ...warning, language: 'it', resellerName: 'Rivendita Demo' }).text,
    ).toContain('sta usando 1,9 GB dei 2 GB disponibili (95%)');
  });

  it("the customer's notice names the mailbox, the limit and the figures, in the customer's language", () => {
    const data = {
      mailboxId: 'mbx-1',
      address: 'mario@bottega.example',
      domainId: 'dom-1',
      metric: 'messages' as const,
      threshold: 75 as const,
      used: 700_000,
      limit: 1_000_000,
      usagePercent: 70,
    };
    const en = quotaNoticeEmail('it@bottega.example', data, 'en', null);
    expect(en.to).toBe('it@bottega.example');
    expect(en.subject).toBe(
      'Quota notice: mario@bottega.example is back below 75% of its message limit',
    );
    expect(en.text).toContain('is using 700,000 messages of 1,000,000 messages (70%).');
    const italian = quotaNoticeEmail('it@bottega.example', data, 'it', 'Rivendita Demo');
    expect(italian.text).toContain('sta usando 700.000 messaggi su 1.000.000 messaggi (70%).');
    expect(italian.fromName).toBe('Rivendita Demo');
  });
});
