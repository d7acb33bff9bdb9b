import type { MailMessage } from '../../infra/mailer/mailer.js';
import type { OrganisationEntity } from './organisation.entity.js';

/** Sent to a new reseller or customer; white-label when a reseller created it. */
export const welcomeEmail = (
  org: OrganisationEntity,
  login: string,
  resellerName: string | null,
): MailMessage => {
  const from = resellerName ?? 'Casella';
  const fromName = resellerName ?? undefined;
  if (org.language === 'en') {
    return {
      to: org.contactEmail,
      fromName,
      subject: `Welcome to ${from}`,
      text: `Hello ${org.name},\n\nyour e-mail control panel is ready. Sign in with the login "${login}" and the password you were given.\n\n${from}\n`,
    };
  }
  return {
    to: org.contactEmail,
    fromName,
    subject: `Benvenuto in ${from}`,
    text: `Ciao ${org.name},\n\nil tuo pannello di controllo e-mail è pronto. Accedi con il login "${login}" e la password che ti è stata comunicata.\n\n${from}\n`,
  };
};
