import type { FieldErrorCode } from '../validation/common.schema.js';
import { toUnicodeDomain } from './punycode.js';

export interface DomainNameOptions {
  /** Domain aliases may be internationalised; real domains may not (DESIGN §3). */
  allowIdn: boolean;
  /** A `www.` prefix is almost always a mistake; it must be confirmed. */
  allowWww: boolean;
}

export type DomainNameResult =
  | { ok: true; ascii: string; unicode: string; isIdn: boolean }
  | { ok: false; code: FieldErrorCode; message: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// Scripts that may not share a label with another (homograph protection, as browsers do).
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
];
// Combinations one language writes with: Japanese, Korean, and Latin digits/letters with them.
const ALLOWED_MIXES = [
  new Set(['Han', 'Hiragana', 'Katakana', 'Latin']),
  new Set(['Hangul', 'Han', 'Latin']),
];

const scriptsOf = (label: string): Set<string> => {
  const found = new Set<string>();
  for (const ch of label) {
    for (const [name, re] of SCRIPTS) if (re.test(ch)) found.add(name);
  }
  return found;
};

export const isMixedScript = (unicodeLabel: string): boolean => {
  const scripts = scriptsOf(unicodeLabel);
  if (scripts.size <= 1) return false;
  return !ALLOWED_MIXES.some((allowed) => [...scripts].every((s) => allowed.has(s)));
};

const fail = (code: FieldErrorCode, message: string): DomainNameResult => ({
  ok: false,
  code,
  message,
});

/**
 * What follows the `@`: trimmed, lower-cased, converted to its A-label with
 * UTS #46 (non-transitional, as the WHATWG URL parser does), and checked.
 */
export const normaliseDomainName = (
  input: string,
  options: DomainNameOptions,
): DomainNameResult => {
  let name = input.trim().toLowerCase().replace(/\.$/, '');
  if (!name) return fail('REQUIRED', 'Required');
  if (name.includes('@')) return fail('INVALID_FORMAT', 'Enter only the part after @');
  if (/[\s/:?#\\]/.test(name)) return fail('INVALID_FORMAT', 'Not a valid domain name');
  let ascii: string;
  try {
    ascii = new URL(`http://${name}`).hostname;
  } catch {
    return fail('INVALID_FORMAT', 'Not a valid domain name');
  }
  const labels = ascii.split('.');
  if (ascii.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
    return fail('INVALID_FORMAT', 'Not a valid domain name');
  }
  if (/^\d+$/.test(labels.at(-1)!)) return fail('INVALID_FORMAT', 'Not a valid domain name');
  const isIdn = labels.some((l) => l.startsWith('xn--'));
  if (isIdn && !options.allowIdn) {
    return fail('NOT_ALLOWED', 'Internationalised names are only allowed as domain aliases');
  }
  const unicode = toUnicodeDomain(ascii);
  if (isIdn && unicode.split('.').some(isMixedScript)) {
    return fail('NOT_ALLOWED', 'A label mixes scripts (e.g. Latin and Cyrillic)');
  }
  name = ascii;
  if (name.startsWith('www.') && !options.allowWww) {
    return fail('NOT_ALLOWED', 'Domains are written without www. (confirm to keep it)');
  }
  return { ok: true, ascii: name, unicode, isIdn };
};
