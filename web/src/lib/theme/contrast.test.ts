import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_TEXT, ensureContrast, LIGHT_TEXT, readableTextOn } from './contrast';
import { buildTheme } from './build-theme';
import { NEUTRAL_BRANDING } from './branding.types';

const BRANDS = [
  '#808080',
  '#767676',
  '#e11d48',
  '#ffeb3b',
  '#1f4e79',
  '#15803d',
  '#ffffff',
  '#000000',
  '#ff0000',
  '#7dd3fc',
  '#f59e0b',
];

describe('colours for any branding', () => {
  it('puts white on dark brands and dark text on light ones', () => {
    expect(readableTextOn('#1f4e79')).toBe(LIGHT_TEXT);
    expect(readableTextOn('#ffeb3b')).toBe(DARK_TEXT);
    expect(readableTextOn('#ffffff')).toBe(DARK_TEXT);
  });

  it('always reaches at least 4.5:1 for text on the brand colour', () => {
    for (const brand of BRANDS) {
      expect(contrastRatio(brand, readableTextOn(brand)), brand).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darkens brand colours used on white until they read', () => {
    for (const brand of BRANDS) {
      expect(
        contrastRatio(ensureContrast(brand, '#ffffff'), '#ffffff'),
        brand,
      ).toBeGreaterThanOrEqual(4.5);
    }
    expect(ensureContrast('#1f4e79', '#ffffff')).toBe('#1f4e79');
  });

  it('builds a theme whose buttons and links stay readable for a pale brand', () => {
    const theme = buildTheme(
      {
        ...NEUTRAL_BRANDING,
        primaryColor: '#fff59d',
        secondaryColor: '#e0f2fe',
      },
      'en',
    );
    const { main, contrastText } = theme.palette.primary;
    expect(contrastRatio(main, contrastText)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(main, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(theme.brand.link, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(theme.brand.bar).toBe('#fff59d');
    expect(contrastRatio(theme.brand.bar, theme.brand.barText)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the status colours readable with white text and as text on white', () => {
    const theme = buildTheme(NEUTRAL_BRANDING, 'en');
    for (const tone of ['success', 'warning', 'error', 'info'] as const) {
      const { main, contrastText } = theme.palette[tone];
      expect(contrastRatio(main, contrastText), tone).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(main, '#ffffff'), tone).toBeGreaterThanOrEqual(4.5);
    }
  });
});
