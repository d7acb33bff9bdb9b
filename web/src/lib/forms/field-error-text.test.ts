import { describe, expect, it } from 'vitest';
import { createOrganisationInputSchema } from '@casella/shared';
import { en } from '../i18n/messages.en';
import { it as italian } from '../i18n/messages.it';
import { fieldErrorText } from './field-error-text';

describe('fieldErrorText', () => {
  it('translates a server error by its code', () => {
    expect(
      fieldErrorText({ type: 'TAKEN', message: 'This login is already taken.' }, italian),
    ).toBe('Già in uso');
  });

  it('translates the shared zod messages through their codes', () => {
    const parsed = createOrganisationInputSchema.safeParse({
      name: '',
      contactEmail: 'nope',
      admin: { login: 'ok-login', password: 'onlyletters' },
    });
    expect(parsed.success).toBe(false);
    const byPath = Object.fromEntries(
      (parsed.error?.issues ?? []).map((i) => [
        i.path.join('.'),
        fieldErrorText({ type: 'custom', message: i.message }, italian),
      ]),
    );
    expect(byPath).toMatchObject({
      name: 'Campo obbligatorio',
      contactEmail: 'Formato non valido',
      'admin.password': 'Usa almeno una lettera e una cifra',
    });
  });

  it('names the limit of a length rule', () => {
    expect(fieldErrorText({ type: 'custom', message: 'At least 10 characters' }, italian)).toBe(
      'Almeno 10 caratteri',
    );
    expect(fieldErrorText({ type: 'TOO_LONG', message: 'At most 120 characters' }, en)).toBe(
      'At most 120 characters',
    );
    expect(fieldErrorText({ type: 'TOO_SHORT', message: '' }, en)).toBe('Too short');
  });

  it('falls back to the message, then to a generic sentence', () => {
    expect(fieldErrorText({ type: 'custom', message: 'Odd rule' }, en)).toBe('Odd rule');
    expect(fieldErrorText({ type: 'custom', message: '' }, en)).toBe('Not a valid value');
    expect(fieldErrorText(undefined, en)).toBeUndefined();
  });
});
