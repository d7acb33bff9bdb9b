import type { FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import type { Messages } from '../../lib/i18n/messages.en';

type FormError = Pick<FieldError, 'type' | 'message'>;

/** The shared name rules' messages (the server sends the same ones) in the panel's language. */
export const domainAliasNameErrorText = (
  error: FormError | undefined,
  t: Messages,
): string | undefined => {
  if (!error) return undefined;
  if (error.type === 'TAKEN') return t.domainAliases.nameTaken;
  const m = error.message ?? '';
  if (m.startsWith('A label mixes scripts')) return t.domainAliases.mixedScript;
  if (m.startsWith('Domains are written without www.')) return t.domainAliases.wwwPrefix;
  if (m === 'Enter only the part after @') return t.domainAliases.onlyAfterAt;
  if (m === 'Not a valid domain name') return t.domainAliases.invalidName;
  return fieldErrorText(error, t);
};
