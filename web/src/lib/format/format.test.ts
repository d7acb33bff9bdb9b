import { describe, expect, it } from 'vitest';
import { formatBytes, formatDateTime, formatNumber, formatPercent } from './format';

describe('locale formatting', () => {
  it('writes numbers the Italian and the English way', () => {
    expect(formatNumber(1234567.5, 'it-IT')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en-GB')).toBe('1,234,567.5');
  });

  it('writes sizes in binary units with the local decimal mark', () => {
    expect(formatBytes(512, 'en-GB')).toBe('512 byte');
    expect(formatBytes(1536, 'it-IT')).toBe('1,5 kB');
    expect(formatBytes(5 * 1024 ** 3, 'en-GB')).toBe('5 GB');
  });

  it('writes whole percentages in the locale’s way', () => {
    expect(formatPercent(0.9, 'it-IT')).toBe('90%');
    expect(formatPercent(1.2, 'en-GB')).toBe('120%');
  });

  it('writes dates with local month names', () => {
    const iso = '2026-11-29T10:15:00Z';
    expect(formatDateTime(iso, 'it-IT')).toMatch(/29 nov 2026/);
    expect(formatDateTime(iso, 'en-GB')).toMatch(/29 Nov 2026/);
    expect(formatDateTime(null, 'en-GB')).toBe('');
  });
});
