import { describe, expect, it } from 'vitest';
import { asAppLocale, formatDate, formatDateTime, formatInteger, formatMoney, languageTag } from './formats';

describe('formats', () => {
  it('when a date is shown in Chinese, then it reads YYYY-MM-DD', () => {
    expect(formatDate('2025-01-05', 'zh')).toBe('2025-01-05');
  });

  it('when a date is shown in English, then it reads day month year', () => {
    expect(formatDate('2025-01-05', 'en')).toBe('5 Jan 2025');
  });

  it('when a date is missing, then nothing is shown', () => {
    expect(formatDate(null, 'zh')).toBe('');
    expect(formatDate(undefined, 'en')).toBe('');
  });

  it('when a moment is shown in Chinese, then it reads YYYY-MM-DD HH:mm in local time', () => {
    const d = new Date(2025, 0, 5, 9, 7);
    expect(formatDateTime(d.toISOString(), 'zh')).toBe('2025-01-05 09:07');
  });

  it('when a moment is shown in English, then the day comes first and the time after a comma', () => {
    const d = new Date(2025, 0, 5, 14, 30);
    expect(formatDateTime(d.toISOString(), 'en')).toBe('5 Jan 2025, 14:30');
  });

  it('when money is shown, then it is yuan with two decimals in either language', () => {
    expect(formatMoney(1234.5)).toBe('¥1,234.50');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(null)).toBe('');
  });

  it('when an integer is shown, then thousands are grouped', () => {
    expect(formatInteger(12345)).toBe('12,345');
  });

  it('when a locale is stored, then only en switches away from Chinese', () => {
    expect(asAppLocale('en')).toBe('en');
    expect(asAppLocale('fr')).toBe('zh');
    expect(asAppLocale(null)).toBe('zh');
    expect(languageTag('zh')).toBe('zh-CN');
    expect(languageTag('en')).toBe('en');
  });
});
