import type { FieldError } from 'react-hook-form';
import type { ApiError } from '../../lib/apollo/graphql-errors';
import { apiErrorText } from '../../lib/forms/api-error-text';
import { fieldErrorText } from '../../lib/forms/field-error-text';
import type { Messages } from '../../lib/i18n/messages.en';

type FormError = Pick<FieldError, 'type' | 'message'> | undefined;

// The server names limits in English sentences; the numbers and names are read from them.
const DOMAIN_LIMIT = /limit of (\d+) mailboxes of this domain/;
const PLAN_LIMIT = /limit of (\d+) mailboxes of the plan/;
const POOL_LIMIT = /limit of (\d+) mailboxes of (.+)'s pool/;
const ABOVE_MAX = /At most (\d+) GB/;
const RESELLER_ONLY = /(\d+) GB mailboxes are set by your provider/;

/** A sentence for an error no field shows: which limit is reached, or the domain is not active. */
export const mailboxErrorText = (error: ApiError, t: Messages): string => {
  const domain = DOMAIN_LIMIT.exec(error.message);
  if (domain) return t.mailboxes.domainLimitReached(Number(domain[1]));
  const plan = PLAN_LIMIT.exec(error.message);
  if (plan) return t.mailboxes.planLimitReached(Number(plan[1]));
  const pool = POOL_LIMIT.exec(error.message);
  if (pool) return t.mailboxes.poolLimitReached(Number(pool[1]), pool[2] ?? '');
  if (error.fields.some((f) => f.field === 'domainId' && f.code === 'NOT_ALLOWED'))
    return t.mailboxes.notActive;
  return apiErrorText(error, t);
};

/** The address is unique among mailboxes (the postmaster too) and aliases. */
export const localPartErrorText = (error: FormError, t: Messages): string | undefined =>
  error?.type === 'TAKEN' ? t.mailboxes.addressTaken : fieldErrorText(error, t);

/** A refused tier says which limit it hit. */
export const quotaErrorText = (error: FormError, t: Messages): string | undefined => {
  const above = ABOVE_MAX.exec(error?.message ?? '');
  if (above) return t.mailboxes.quotaAboveMax(Number(above[1]));
  const resellerOnly = RESELLER_ONLY.exec(error?.message ?? '');
  if (resellerOnly) return t.mailboxes.quotaResellerOnly(Number(resellerOnly[1]));
  return fieldErrorText(error, t);
};
