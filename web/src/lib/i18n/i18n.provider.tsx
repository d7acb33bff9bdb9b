import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '@casella/shared';
import { I18nContext, type I18n } from './i18n.context';
import { initialLanguage, LOCALES, MESSAGES, rememberLanguage } from './language';

export const I18nProvider = ({
  children,
  language: forced,
}: {
  children: ReactNode;
  /** Tests pin a language. */
  language?: Language;
}) => {
  const [language, setLanguageState] = useState<Language>(() => forced ?? initialLanguage());
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({
      language,
      locale: LOCALES[language],
      t: MESSAGES[language],
      setLanguage: (next) => {
        rememberLanguage(next);
        setLanguageState(next);
      },
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};
