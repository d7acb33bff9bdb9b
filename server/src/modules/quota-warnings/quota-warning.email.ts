import type { Language, QuotaWarningPercent } from '@casella/shared';
import type { MailMessage } from '../../infra/mailer/mailer.js';
import { formatQuotaAmount } from './quota-figures.js';

export interface OwnerWarning {
  /** The mailbox address as people read it. */
  address: string;
  /** Where the notice goes: the mailbox itself (its stored A-label form). */
  to: string;
  firstName: string | null;
  threshold: QuotaWarningPercent;
  usedBytes: number;
  quotaBytes: number;
  percent: number;
  language: Language;
  /** The customer's reseller: its name signs and sends the notice, never the platform's. */
  resellerName: string | null;
}

/** To the mailbox owner, in the mailbox itself: it is filling up, and what to do. */
export const quotaWarningEmail = (w: OwnerWarning): MailMessage => {
  const brand = w.resellerName ?? 'Casella';
  const used = formatQuotaAmount('storage', w.usedBytes, w.language);
  const quota = formatQuotaAmount('storage', w.quotaBytes, w.language);
  const base = { to: w.to, fromName: w.resellerName ?? undefined };
  if (w.language === 'en') {
    return {
      ...base,
      subject:
        w.threshold === 95
          ? `Your mailbox is nearly full (${w.percent}%)`
          : `Your mailbox is getting full (${w.percent}%)`,
      text: [
        `Hello${w.firstName ? ` ${w.firstName}` : ''},`,
        '',
        `the mailbox ${w.address} is using ${used} of its ${quota} (${w.percent}%).`,
        w.threshold === 95 ? '\nThere is less than 5% of the space left.' : null,
        '',
        'When it is full, new messages can no longer be delivered and are refused.',
        'To free some space, delete the messages you no longer need, above all those with large attachments, and empty the Trash. If you need more space, ask whoever manages your e-mail to raise the quota.',
        '',
        brand,
        '',
      ]
        .filter((l) => l !== null)
        .join('\n'),
    };
  }
  return {
    ...base,
    subject:
      w.threshold === 95
        ? `La tua casella email è quasi al limite (${w.percent}%)`
        : `La tua casella email è quasi piena (${w.percent}%)`,
    text: [
      `Ciao${w.firstName ? ` ${w.firstName}` : ''},`,
      '',
      `la casella email ${w.address} sta usando ${used} dei ${quota} disponibili (${w.percent}%).`,
      w.threshold === 95 ? '\nResta meno del 5% dello spazio.' : null,
      '',
      'Quando è piena non può più ricevere nuovi messaggi, che vengono rifiutati.',
      'Per liberare spazio cancella i messaggi che non ti servono più, soprattutto quelli con allegati grandi, e svuota il Cestino. Se ti serve più spazio, chiedi a chi gestisce la tua posta di aumentare la quota.',
      '',
      brand,
      '',
    ]
      .filter((l) => l !== null)
      .join('\n'),
  };
};
