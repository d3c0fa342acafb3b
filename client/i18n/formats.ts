/** How dates, times and money read in each language; pure so the rules can be tested. */
export type AppLocale = 'zh' | 'en';

export const LOCALES: { locale: AppLocale; name: string }[] = [
  { locale: 'zh', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

export function asAppLocale(value: unknown): AppLocale {
  return value === 'en' ? 'en' : 'zh';
}

/** The tag the server reads in Accept-Language and the browser in <html lang>. */
export function languageTag(locale: string): string {
  return locale === 'en' ? 'en' : 'zh-CN';
}

const pad = (n: number) => String(n).padStart(2, '0');
const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar date (`YYYY-MM-DD`): as is in Chinese, `5 Jan 2025` in English. */
export function formatDate(value: unknown, locale: string): string {
  if (typeof value !== 'string' || value === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  if (locale !== 'en') return match[0];
  const [, y, m, d] = match.map(Number);
  return englishDate.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment (ISO 8601) in the browser's time zone: `2025-01-05 14:30` in Chinese, `5 Jan 2025, 14:30` in English. */
export function formatDateTime(value: unknown, locale: string): string {
  if (typeof value !== 'string' || value === '') return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (locale !== 'en') return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
  return `${day}, ${time}`;
}

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Money is always yuan: `¥1,234.50` whatever the language. */
export function formatMoney(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? yuan.format(n) : '';
}

const integers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

export function formatInteger(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? integers.format(n) : '';
}
