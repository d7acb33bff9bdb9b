import { WEBHOOK_URL_MESSAGES } from '@casella/shared';
import type { FieldError } from 'react-hook-form';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import type { Messages } from '../../lib/i18n/messages.en';

type UrlRule = keyof typeof WEBHOOK_URL_MESSAGES;

/**
 * The URL field's error in the panel's language. The shared rule and the
 * server's address check send the same English messages; each has its sentence.
 */
export const webhookUrlErrorText = (
  error: Pick<FieldError, 'type' | 'message'> | undefined,
  t: Messages,
): string | undefined => {
  if (!error) return undefined;
  const rule = (Object.keys(WEBHOOK_URL_MESSAGES) as UrlRule[]).find(
    (k) => WEBHOOK_URL_MESSAGES[k] === error.message,
  );
  return rule ? t.notifications.urlErrors[rule] : fieldErrorText(error, t);
};
