/** The twelve months ending with this one, as the success-rate card asks for them (YYYY-MM, local time). */
export function lastTwelveMonths(now: Date = new Date()): { from: string; to: string } {
  const month = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return { from: month(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: month(now) };
}

/** "2026-03" → "3月" / "Mar". */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { month: 'short' }).format(new Date(y, m - 1, 1));
}
