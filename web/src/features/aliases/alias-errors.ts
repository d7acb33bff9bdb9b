import type { FieldError } from 'react-hook-form';
import type { ApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import type { Messages } from '../../lib/i18n/messages.en';

type FormError = Pick<FieldError, 'type' | 'message'>;

// The shared rule's message, or the server's, for the same cases.
const NO_DESTINATION = 'Add at least one destination';
const LOOP = 'This would make mail go round in a loop';

/** An alias never shadows a mailbox or another alias, and never closes a loop. */
export const aliasFieldErrorText = (error: FormError | undefined, t: Messages) => {
  if (!error) return undefined;
  if (error.type === 'TAKEN') return t.aliases.addressTaken;
  if (error.message === LOOP) return t.aliases.loop;
  if (error.message === NO_DESTINATION) return t.aliases.destinationsRequired;
  return fieldErrorText(error, t);
};

export const aliasErrorText = (error: ApiError, t: Messages): string =>
  error.fields.some((f) => f.field === 'domainId' && f.code === 'NOT_ALLOWED')
    ? t.aliases.notActive
    : apiErrorText(error, t);
