import { useQuery } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { useEffect, useMemo, type ReactNode } from 'react';
import { BrandingContext } from './branding.context';
import { BrandingQuery } from './branding.graphql';
import { NEUTRAL_BRANDING, type BrandingData } from './branding.types';
import { buildTheme } from './build-theme';
import { useI18n } from '../i18n/i18n.context';

const setFavicon = (href: string) => {
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    document.head.appendChild(link);
  }
  link.href = href;
};

/** Reads the branding of the host the SPA is served on, before anyone signs in. */
export const BrandingProvider = ({ children }: { children: ReactNode }) => {
  const { data } = useQuery(BrandingQuery, {
    variables: { host: window.location.hostname },
    fetchPolicy: 'cache-first',
  });
  const branding: BrandingData = data?.branding ?? NEUTRAL_BRANDING;
  const { language } = useI18n();
  const theme = useMemo(() => buildTheme(branding, language), [branding, language]);
  useEffect(() => {
    document.title = branding.title;
    setFavicon(branding.faviconUrl ?? '/favicon.svg');
  }, [branding.title, branding.faviconUrl]);
  return (
    <BrandingContext.Provider value={branding}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </BrandingContext.Provider>
  );
};
