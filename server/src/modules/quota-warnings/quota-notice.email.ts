import type { Language, MailboxQuotaEventData } from '@casella/shared';
import type { MailMessage } from '../../infra/mailer/mailer.js';
import { formatQuotaAmount } from './quota-figures.js';

// "l'80%" but "il 95%", "il 75%": the article follows the number's sound.
const ITALIAN_THRESHOLD: Record<MailboxQuotaEventData['threshold'], string> = {
  80: "l'80%",
  95: 'il 95%',
  75: 'il 75%',
};

/**
 * To an address the customer set for quota notices: a mailbox crossed 80 % or
 * 95 % of a limit, or is back below 75 %. Carries what the webhook event does.
 */
export const quotaNoticeEmail = (
  to: string,
  n: MailboxQuotaEventData,
  language: Language,
  resellerName: string | null,
): MailMessage => {
  const brand = resellerName ?? 'Casella';
  const used = formatQuotaAmount(n.metric, n.used, language);
  const limit = formatQuotaAmount(n.metric, n.limit, language);
  const recovered = n.threshold === 75;
  const base = { to, fromName: resellerName ?? undefined };
  if (language === 'en') {
    const what = n.metric === 'storage' ? 'of its storage quota' : 'of its message limit';
    return {
      ...base,
      subject: recovered
        ? `Quota notice: ${n.address} is back below 75% ${what}`
        : `Quota notice: ${n.address} is above ${n.threshold}% ${what}`,
      text: [
        `The mailbox ${n.address} is using ${used} of ${limit} (${n.usagePercent}%).`,
        '',
        recovered
          ? 'Nothing needs to be done; you will be told again if it goes above 80%.'
          : n.metric === 'storage'
            ? 'Its owner has been told too. To keep new messages from being refused, delete messages or raise the quota in the panel.'
            : 'The message limit protects the platform from abuse and ordinary use never reaches it: check what is filling the mailbox. New messages are refused once the limit is reached.',
        '',
        'You receive this because quota notices by e-mail are on in the panel (Notifications).',
        '',
        brand,
        '',
      ].join('\n'),
    };
  }
  const what = n.metric === 'storage' ? 'dello spazio' : 'del numero massimo di messaggi';
  return {
    ...base,
    subject: recovered
      ? `Avviso quota: ${n.address} è tornata sotto il 75% ${what}`
      : `Avviso quota: ${n.address} ha superato ${ITALIAN_THRESHOLD[n.threshold]} ${what}`,
    text: [
      `La casella email ${n.address} sta usando ${used} su ${limit} (${n.usagePercent}%).`,
      '',
      recovered
        ? "Non serve fare nulla; riceverai un nuovo avviso se supererà l'80%."
        : n.metric === 'storage'
          ? "Anche l'utente della casella è stato avvisato. Per evitare che i nuovi messaggi vengano rifiutati, cancella dei messaggi o aumenta la quota dal pannello di controllo."
          : "Il limite sul numero di messaggi protegge la piattaforma dagli abusi e l'uso normale non lo raggiunge mai: verifica cosa sta riempiendo la casella. Raggiunto il limite, i nuovi messaggi vengono rifiutati.",
      '',
      'Ricevi questo avviso perché gli avvisi di quota via email sono attivi nel pannello (Notifiche).',
      '',
      brand,
      '',
    ].join('\n'),
  };
};
