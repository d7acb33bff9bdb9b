import '@mui/material/styles';

declare module '@mui/material/styles' {
  interface Theme {
    /** The raw brand colours, for the app bar and links. */
    brand: { bar: string; barText: string; link: string };
  }
  interface ThemeOptions {
    brand?: { bar: string; barText: string; link: string };
  }
}
