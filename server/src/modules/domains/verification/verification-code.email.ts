import type { Language } from '@casella/shared';
import type { MailMessage } from '../../../infra/mailer/mailer.js';

/** The ownership code, sent to one of the domain's role addresses; white-label under a reseller. */
export const verificationCodeEmail = (
  to: string,
  domain: string,
  code: string,
  language: Language,
  resellerName: string | null,
): MailMessage => {
  const brand = resellerName ?? 'Casella';
  if (language === 'en') {
    return {
      to,
      fromName: resellerName ?? undefined,
      subject: `${brand}: verification code for ${domain}`,
      text: `Someone asked to host the e-mail of ${domain} with ${brand}.\n\nIf it was you (or your provider), enter this code in the panel:\n\n    ${code}\n\nThe code is valid for 24 hours. If you did not ask for it, ignore this message.\n`,
    };
  }
  return {
    to,
    fromName: resellerName ?? undefined,
    subject: `${brand}: codice di verifica per ${domain}`,
    text: `È stata richiesta l'attivazione della posta di ${domain} su ${brand}.\n\nSe sei stato tu (o il tuo fornitore), inserisci questo codice nel pannello:\n\n    ${code}\n\nIl codice vale 24 ore. Se non l'hai richiesto, ignora questo messaggio.\n`,
  };
};
