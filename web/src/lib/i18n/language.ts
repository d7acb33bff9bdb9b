import { LANGUAGES, type Language } from '@casella/shared';
import { en, type Messages } from './messages.en';
import { it } from './messages.it';

export const MESSAGES: Record<Language, Messages> = { en, it };
export const LOCALES: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };
const STORAGE_KEY = 'casella.language';

const isLanguage = (v: unknown): v is Language =>
  typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The remembered choice, else the browser's first supported language, else English. */
export const initialLanguage = (
  stored: string | null = safeStorage()?.getItem(STORAGE_KEY) ?? null,
  preferred: readonly string[] = navigator.languages ?? [navigator.language],
): Language => {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
};

export const rememberLanguage = (language: Language): void => {
  safeStorage()?.setItem(STORAGE_KEY, language);
};

// Storage can throw in locked-down browsers; the choice then lasts for the page only.
const safeStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};
