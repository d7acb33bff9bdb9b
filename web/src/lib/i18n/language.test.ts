import { describe, expect, it } from 'vitest';
import { initialLanguage } from './language';

describe('initialLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(initialLanguage('it', ['en-US'])).toBe('it');
  });
  it('else takes the first supported browser language', () => {
    expect(initialLanguage(null, ['de-DE', 'it-CH', 'en'])).toBe('it');
    expect(initialLanguage('fr', ['en-GB'])).toBe('en');
  });
  it('else speaks English', () => {
    expect(initialLanguage(null, ['ja-JP'])).toBe('en');
  });
});
