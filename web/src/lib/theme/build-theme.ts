import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, itIT } from '@mui/material/locale';
import type { Language } from '@casella/shared';
import type { BrandingData } from './branding.types';
import { ensureContrast, readableTextOn } from './contrast';

const SURFACE = '#ffffff';

/**
 * The MUI theme for a branding. The brand colour fills bars and buttons with a
 * text colour picked for contrast; where it is used as text on white it is
 * darkened until it reads (WCAG AA).
 */
export const buildTheme = (branding: BrandingData, language: Language): Theme => {
  const brand = branding.primaryColor;
  const accent = branding.secondaryColor;
  const primaryMain = ensureContrast(brand, SURFACE, 3);
  const secondaryMain = ensureContrast(accent, SURFACE, 3);
  return createTheme(
    {
      palette: {
        mode: 'light',
        primary: { main: primaryMain, contrastText: readableTextOn(primaryMain) },
        secondary: { main: secondaryMain, contrastText: readableTextOn(secondaryMain) },
        // Status colours dark enough for white text and for text on white (AA).
        success: { main: '#15803d', contrastText: '#ffffff' },
        warning: { main: '#b45309', contrastText: '#ffffff' },
        error: { main: '#c62828', contrastText: '#ffffff' },
        info: { main: '#0369a1', contrastText: '#ffffff' },
        background: { default: '#f5f6f8', paper: SURFACE },
        text: { primary: '#1b1f27', secondary: '#4b5563' },
      },
      brand: {
        bar: brand,
        barText: readableTextOn(brand),
        link: ensureContrast(brand, SURFACE, 4.5),
      },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: '"Inter", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 650, letterSpacing: '-0.01em' },
        h2: { fontSize: '1.25rem', fontWeight: 600 },
        h3: { fontSize: '1.05rem', fontWeight: 600 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        // MUI resets the outline on buttons; put a ring back on keyboard focus.
        MuiButtonBase: {
          styleOverrides: {
            root: {
              '&.Mui-focusVisible': {
                outline: `3px solid ${ensureContrast(brand, SURFACE, 3)}`,
                outlineOffset: 2,
              },
            },
          },
        },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiPaper: {
          defaultProps: { elevation: 0 },
          styleOverrides: { root: { backgroundImage: 'none' } },
        },
        MuiCard: { styleOverrides: { root: { border: '1px solid #e5e7eb' } } },
        MuiTableCell: {
          styleOverrides: { head: { fontWeight: 600, color: '#374151', whiteSpace: 'nowrap' } },
        },
        MuiCssBaseline: {
          styleOverrides: {
            // Keyboard focus must always show, whatever the brand colour.
            '*:focus-visible': {
              outline: `3px solid ${ensureContrast(brand, SURFACE, 3)}`,
              outlineOffset: 2,
            },
          },
        },
      },
    },
    // MUI's own texts (pagination, tab scroll buttons, alerts) in the panel's language
    language === 'it' ? itIT : enUS,
  );
};
