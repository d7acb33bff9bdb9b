import { createContext, useContext } from 'react';
import type { Language } from '@casella/shared';
import type { Messages } from './messages.en';

export interface I18n {
  language: Language;
  locale: string;
  t: Messages;
  setLanguage: (language: Language) => void;
}

export const I18nContext = createContext<I18n | null>(null);

export const useI18n = (): I18n => {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
};
