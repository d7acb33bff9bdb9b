import { codeForMessage, normaliseDomainName } from '@casella/shared';
import type { FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import type { Messages } from '../../lib/i18n/messages.en';

/** Read leniently, to tell why a name was refused. */
export const readDomainName = (typed: string) =>
  normaliseDomainName(typed, { allowIdn: true, allowWww: true });

export const isWwwName = (typed: string): boolean => {
  const r = readDomainName(typed);
  return r.ok && r.ascii.startsWith('www.');
};

/**
 * The shared rule and the API refuse www. and IDN names alike with NOT_ALLOWED;
 * the name itself tells which, so the sentence can say what to do instead.
 */
export const domainNameErrorText = (
  error: Pick<FieldError, 'type' | 'message'> | undefined,
  typed: string,
  t: Messages,
): string | undefined => {
  if (!error) return undefined;
  if (error.type === 'TAKEN') return t.domains.nameTaken;
  const code = error.type === 'NOT_ALLOWED' ? error.type : codeForMessage(error.message ?? '');
  if (code === 'NOT_ALLOWED') {
    const r = readDomainName(typed);
    if (!r.ok) return t.domains.mixedScripts;
    if (r.isIdn) return t.domains.idnRefused;
    if (r.ascii.startsWith('www.')) return t.domains.wwwRefused;
  }
  return fieldErrorText(error, t);
};
