// i18next setup: Vietnamese by default, the user's choice kept in localStorage, and
// <html lang> / the tab title following the language so screen readers pronounce it right.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ocop.language';
const DEFAULT_LANGUAGE: Language = 'vi';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be blocked (private mode, policies); the default is fine then.
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; failing the switch is not.
  }
}

export async function initI18n(): Promise<void> {
  i18next.on('languageChanged', applyLanguage);
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // React escapes text itself; escaping here would show "&amp;" in names.
    interpolation: { escapeValue: false },
  });
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
