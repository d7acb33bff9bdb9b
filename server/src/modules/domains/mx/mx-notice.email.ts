import { toUnicodeDomain, type DomainMxEventData } from '@casella/shared';
import type { MailMessage } from '../../../infra/mailer/mailer.js';
import type { MxNoticeRecipient } from '../../notification-settings/notification-settings.service.js';

const records = (list: DomainMxEventData['records']): string[] =>
  list.map((r) => `  ${r.priority}  ${r.host === '.' ? '. (null MX)' : r.host}`);

/**
 * To the customer's contact address: an active domain's MX records stopped
 * sending its mail to the platform (or never did), or were fixed. Carries what
 * the webhook event does, and says what to publish.
 */
export const mxNoticeEmail = (n: DomainMxEventData, r: MxNoticeRecipient): MailMessage => {
  const name = toUnicodeDomain(n.domain);
  const fixed = n.status === 'OK';
  const base = { to: r.to, fromName: r.resellerName ?? undefined };
  const brand = r.resellerName ?? 'Casella';
  if (r.language === 'en') {
    return {
      ...base,
      subject: fixed
        ? `MX records fixed: mail for ${name} reaches us again`
        : `Action needed: mail for ${name} does not reach us`,
      text: [
        fixed
          ? `The MX records of ${name} point at our mail servers again. Nothing more needs to be done.`
          : n.status === 'MISSING'
            ? `${name} publishes no MX record, so mail sent to its addresses does not reach its mailboxes.`
            : `The MX records of ${name} send its mail, at least in part, to servers that are not ours: ${n.foreignHosts.join(', ')}. That mail never reaches its mailboxes.`,
        ...(fixed
          ? []
          : [
              '',
              'At your DNS provider, publish exactly these MX records and remove any other:',
              ...records(n.expected),
              '',
              'Found at the last check:',
              ...(n.records.length ? records(n.records) : ['  (none)']),
              '',
              'You can check again at once from the panel (the domain, "MX records" tab).',
            ]),
        '',
        'You receive this because MX notices by e-mail are on in the panel (Notifications).',
        '',
        brand,
        '',
      ].join('\n'),
    };
  }
  return {
    ...base,
    subject: fixed
      ? `Record MX sistemati: la posta per ${name} arriva di nuovo`
      : `Intervento necessario: la posta per ${name} non arriva`,
    text: [
      fixed
        ? `I record MX di ${name} puntano di nuovo ai nostri server di posta. Non serve fare altro.`
        : n.status === 'MISSING'
          ? `${name} non pubblica alcun record MX, quindi la posta inviata ai suoi indirizzi non arriva alle sue caselle.`
          : `I record MX di ${name} mandano la sua posta, almeno in parte, a server che non sono nostri: ${n.foreignHosts.join(', ')}. Quella posta non arriva mai alle sue caselle.`,
      ...(fixed
        ? []
        : [
            '',
            'Presso il tuo fornitore DNS pubblica esattamente questi record MX ed elimina gli altri:',
            ...records(n.expected),
            '',
            "Trovati all'ultimo controllo:",
            ...(n.records.length ? records(n.records) : ['  (nessuno)']),
            '',
            'Puoi verificare subito dal pannello (il dominio, scheda «Record MX»).',
          ]),
      '',
      'Ricevi questo avviso perché gli avvisi MX via email sono attivi nel pannello (Notifiche).',
      '',
      brand,
      '',
    ].join('\n'),
  };
};
