import { describe, expect, it } from 'vitest';
import { createOrganisationInputSchema } from './organisation.schema.js';
import { toFieldErrors } from './field-errors.js';
import { panelPasswordSchema } from './common.schema.js';

describe('field errors shared by forms and the API', () => {
  it('reports every bad field with a stable code and a dotted path', () => {
    const r = createOrganisationInputSchema.safeParse({
      name: '',
      contactEmail: 'nope',
      language: 'de',
      admin: { login: 'A!', password: 'abc' },
    });
    expect(r.success).toBe(false);
    const errors = toFieldErrors(r.error!);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'REQUIRED', message: 'Required' },
        { field: 'contactEmail', code: 'INVALID_FORMAT', message: 'Not a valid e-mail address' },
        { field: 'language', code: 'INVALID_VALUE', message: 'Unknown language' },
        { field: 'admin.login', code: 'TOO_SHORT', message: 'At least 3 characters' },
        { field: 'admin.password', code: 'TOO_SHORT', message: 'At least 10 characters' },
      ]),
    );
  });

  it('normalises what people type: trimmed, lower-cased logins and e-mails', () => {
    const r = createOrganisationInputSchema.parse({
      name: '  Acme  ',
      contactEmail: ' Boss@ACME.example ',
      admin: { login: ' Acme.Admin ', password: 'long-enough-1' },
    });
    expect(r).toMatchObject({
      name: 'Acme',
      contactEmail: 'boss@acme.example',
      language: 'it',
      admin: { login: 'acme.admin' },
    });
  });

  it('panel passwords need a letter and a digit', () => {
    expect(panelPasswordSchema.safeParse('onlyletters').success).toBe(false);
    expect(panelPasswordSchema.safeParse('1234567890').success).toBe(false);
    expect(panelPasswordSchema.safeParse('letters-and-1').success).toBe(true);
  });
});
