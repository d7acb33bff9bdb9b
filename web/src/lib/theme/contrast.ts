/** WCAG 2 colour maths, so any brand colour gets readable text. */
const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const parseHex = (hex: string): [number, number, number] => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const toHex = (rgb: [number, number, number]): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

export const luminance = (hex: string): number => {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

export const DARK_TEXT = '#111827';
export const LIGHT_TEXT = '#ffffff';

/**
 * Whichever of near-black or white reads better on the background; pure black
 * for mid-tones where near-black falls short of 4.5:1 (some colour always reaches it).
 */
export const readableTextOn = (background: string): string => {
  const light = contrastRatio(background, LIGHT_TEXT);
  const dark = contrastRatio(background, DARK_TEXT);
  if (light >= dark) return LIGHT_TEXT;
  return dark >= 4.5 ? DARK_TEXT : '#000000';
};

/**
 * The colour itself when it reaches `ratio` against `background`, else the
 * nearest darker shade that does (brand colours used as text on white).
 */
export const ensureContrast = (colour: string, background: string, ratio = 4.5): string => {
  if (contrastRatio(colour, background) >= ratio) return colour;
  const rgb = parseHex(colour);
  for (let step = 1; step <= 20; step += 1) {
    const k = 1 - step * 0.05;
    const shade = toHex([rgb[0] * k, rgb[1] * k, rgb[2] * k]);
    if (contrastRatio(shade, background) >= ratio) return shade;
  }
  return DARK_TEXT;
};
