import { describe, expect, it } from 'vitest';
import { normaliseDomainName } from './domain-name.js';
import { punycodeDecode, toUnicodeDomain } from './punycode.js';

const domain = { allowIdn: false, allowWww: false };
const alias = { allowIdn: true, allowWww: false };

describe('domain names', () => {
  it('trims and lower-cases what follows the @', () => {
    expect(normaliseDomainName('  Example.COM. ', domain)).toEqual({
      ok: true,
      ascii: 'example.com',
      unicode: 'example.com',
      isIdn: false,
    });
  });

  it('refuses an address, a URL, a single label, bad hyphens and numeric TLDs', () => {
    for (const bad of [
      'info@example.com',
      'http://example.com',
      'localhost',
      '-a.com',
      'a-.com',
      '1.2.3.4',
      'exa mple.com',
      'a'.repeat(64) + '.com',
      '',
    ]) {
      expect(normaliseDomainName(bad, domain).ok, bad).toBe(false);
    }
    expect(normaliseDomainName('info@example.com', domain)).toMatchObject({
      code: 'INVALID_FORMAT',
      message: 'Enter only the part after @',
    });
  });

  it('refuses www. unless confirmed', () => {
    expect(normaliseDomainName('www.example.com', domain)).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
    });
    expect(normaliseDomainName('www.example.com', { ...domain, allowWww: true })).toMatchObject({
      ok: true,
      ascii: 'www.example.com',
    });
  });

  it('stores IDN aliases as A-labels (UTS #46 non-transitional) and shows them in Unicode', () => {
    expect(normaliseDomainName('Città.IT', alias)).toEqual({
      ok: true,
      ascii: 'xn--citt-3na.it',
      unicode: 'città.it',
      isIdn: true,
    });
    // Non-transitional: ß stays ß (xn--fa-hia), not "ss".
    expect(normaliseDomainName('faß.de', alias)).toMatchObject({ ascii: 'xn--fa-hia.de' });
    expect(normaliseDomainName('xn--citt-3na.it', alias)).toMatchObject({
      ok: true,
      unicode: 'città.it',
    });
  });

  it('refuses IDN names for real domains, in either spelling', () => {
    expect(normaliseDomainName('città.it', domain)).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
    });
    expect(normaliseDomainName('xn--citt-3na.it', domain)).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
    });
  });

  it('refuses labels mixing scripts (homographs), allows one script and Japanese mixes', () => {
    // "аpple" with a Cyrillic а.
    expect(normaliseDomainName('\u0430pple.com', alias)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/mixes scripts/),
    });
    expect(normaliseDomainName('пример.рф', alias)).toMatchObject({
      ok: true,
      ascii: 'xn--e1afmkfd.xn--p1ai',
    });
    expect(normaliseDomainName('日本語ドメイン.jp', alias).ok).toBe(true);
  });

  it('decodes Punycode per RFC 3492', () => {
    expect(punycodeDecode('mnchen-3ya')).toBe('münchen');
    expect(toUnicodeDomain('xn--mnchen-3ya.de')).toBe('münchen.de');
    expect(punycodeDecode('!!!')).toBeNull();
  });
});
