import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { zhMessages } from './zh';
import { enMessages } from './en';
import { asAppLocale, languageTag, LOCALES, type AppLocale } from './formats';
import { customLabel } from '../meta/customLabels';

/** react-admin keeps the chosen locale in localStorage under this key (its store's `locale`). */
const STORE_KEY = 'RaStore.locale';

function storedLocale(): AppLocale {
  try {
    const raw = globalThis.localStorage?.getItem(STORE_KEY);
    return asAppLocale(raw ? JSON.parse(raw) : null);
  } catch {
    return 'zh';
  }
}

function markDocument(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = languageTag(locale);
}

const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? enMessages : zhMessages), storedLocale(), LOCALES);

/**
 * Chinese by default, English on request; starting in the stored locale avoids a flash of Chinese for
 * English users. <html lang> follows, so the browser picks Simplified-Chinese glyphs and hyphenation.
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  // labels the admin configured (custom fields, their lists) first; the message files for everything else
  translate: (key, options) => customLabel(key, polyglot.getLocale()) ?? polyglot.translate(key, options),
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    markDocument(locale);
  },
};

markDocument(polyglot.getLocale());
