import { z } from 'zod';

/** Error codes a form can translate; the server sends them with every field error. */
export const FIELD_ERROR_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'INVALID_FORMAT',
  'INVALID_VALUE',
  'WEAK_PASSWORD',
  'MISMATCH',
  'TAKEN',
  'NOT_ALLOWED',
  'INVALID_ID',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

const codeByMessage = new Map<string, FieldErrorCode>();

/**
 * A zod message with a stable code both the SPA and the API report. Zod 4 keeps
 * custom params only on custom issues, so the code is looked up by message.
 */
export const coded = (code: FieldErrorCode, message: string) => {
  codeByMessage.set(message, code);
  return { message, params: { code } };
};

export const codeForMessage = (message: string): FieldErrorCode | undefined =>
  codeByMessage.get(message);

export const nameSchema = z
  .string()
  .trim()
  .min(1, coded('REQUIRED', 'Required'))
  .max(120, coded('TOO_LONG', 'At most 120 characters'));

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, coded('TOO_LONG', 'At most 254 characters'))
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, coded('INVALID_FORMAT', 'Not a valid e-mail address'));

/** Panel login names: what a person types at the login page. */
export const loginNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, coded('TOO_SHORT', 'At least 3 characters'))
  .max(64, coded('TOO_LONG', 'At most 64 characters'))
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    coded('INVALID_FORMAT', 'Letters, digits, dots, dashes and underscores only'),
  );

/** Panel passwords: long enough, with a letter and a digit (the guide's rule, stricter length). */
export const panelPasswordSchema = z
  .string()
  .min(10, coded('TOO_SHORT', 'At least 10 characters'))
  .max(200, coded('TOO_LONG', 'At most 200 characters'))
  .refine(
    (v) => /[A-Za-z]/.test(v) && /\d/.test(v),
    coded('WEAK_PASSWORD', 'Use at least one letter and one digit'),
  );

export const searchSchema = z.string().trim().max(100, coded('TOO_LONG', 'At most 100 characters'));
