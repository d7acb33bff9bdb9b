/** Locale-aware formatting of dates, numbers and sizes. */
export const formatDateTime = (iso: string | null | undefined, locale: string): string => {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
};

export const formatDate = (iso: string | null | undefined, locale: string): string => {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
};

export const formatNumber = (n: number, locale: string): string =>
  new Intl.NumberFormat(locale).format(n);

/** A share (0.9) as a whole percentage in the locale's way: `90%`, `90 %`. */
export const formatPercent = (ratio: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Sizes in powers of 1024, as mail quotas are counted. */
export const formatBytes = (bytes: number, locale: string): string => {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
};
