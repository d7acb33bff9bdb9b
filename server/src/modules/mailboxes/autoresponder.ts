import type { autoresponderSchema } from '@casella/shared';
import type { z } from 'zod';
import type { MailboxEntity } from './mailbox.entity.js';

/** Writes a validated autoresponder onto the mailbox. */
export const applyAutoresponder = (
  m: MailboxEntity,
  a: z.output<typeof autoresponderSchema>,
): void => {
  m.autoresponderEnabled = a.enabled;
  m.autoresponderSubject = a.subject || null;
  m.autoresponderBody = a.body || null;
  m.autoresponderStartsAt = a.startsAt ?? null;
  m.autoresponderEndsAt = a.endsAt ?? null;
};

export const autoresponderSnapshot = (m: MailboxEntity) => ({
  enabled: m.autoresponderEnabled,
  subject: m.autoresponderSubject ?? '',
  startsAt: m.autoresponderStartsAt?.toISOString() ?? null,
  endsAt: m.autoresponderEndsAt?.toISOString() ?? null,
});
