/** Moving through report periods on the client: the day `step` weeks or months from `day` (YYYY-MM-DD). */
export type ReportPeriod = 'week' | 'month';

export function shiftDay(period: ReportPeriod, day: string, step: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (period === 'week') d.setUTCDate(d.getUTCDate() + 7 * step);
  else d.setUTCMonth(d.getUTCMonth() + step, 1);
  return d.toISOString().slice(0, 10);
}

/** Today in China (the server counts periods in China dates). */
export function chinaToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}
