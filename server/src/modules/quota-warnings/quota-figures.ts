import type { Language, QuotaMetric } from '@casella/shared';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** A size in powers of 1024 (as quotas are counted), the way the panel shows it. */
const bytes = (value: number, language: Language): string => {
  let v = value;
  let unit = 0;
  while (v >= 1024 && unit < UNITS.length - 1) {
    v /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(v);
};

/** An amount of a quota metric for people: `42 MB`, `1.000 messaggi`. */
export const formatQuotaAmount = (metric: QuotaMetric, value: number, language: Language) => {
  if (metric === 'storage') return bytes(value, language);
  const n = new Intl.NumberFormat(LOCALES[language]).format(value);
  return language === 'it' ? `${n} messaggi` : `${n} messages`;
};
