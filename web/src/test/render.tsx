import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Language } from '@casella/shared';
import { createCache } from '../lib/apollo/apollo-client';
import { I18nProvider } from '../lib/i18n/i18n.provider';
import { NEUTRAL_BRANDING } from '../lib/theme/branding.types';
import { buildTheme } from '../lib/theme/build-theme';
import { NotifyProvider } from '../lib/ui/notify.provider';

export interface RenderOptions {
  language?: Language;
  mocks?: MockedProviderProps['mocks'];
  path?: string;
}

/** Renders with the providers every page expects, in a pinned language. */
export const renderWithProviders = (
  ui: ReactElement,
  { language = 'en', mocks = [], path = '/' }: RenderOptions = {},
): RenderResult =>
  render(
    // The app's cache policies, so objects without an ID merge as they do in the panel.
    <MockedProvider mocks={mocks} cache={createCache()}>
      <I18nProvider language={language}>
        <ThemeProvider theme={buildTheme(NEUTRAL_BRANDING, language)}>
          <CssBaseline />
          <NotifyProvider>
            <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
          </NotifyProvider>
        </ThemeProvider>
      </I18nProvider>
    </MockedProvider>,
  );
