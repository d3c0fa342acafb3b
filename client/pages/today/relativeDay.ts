const DAY_MS = 86_400_000;

/** Whole days from `today` to `day` (both YYYY-MM-DD): negative when it lies behind. */
export function daysFrom(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The key under crm.today.when and its count: 逾期 2 天 / 今天 / 明天 / 3 天后. */
export function whenWords(day: string, today: string): { key: 'days_ago' | 'yesterday' | 'today' | 'tomorrow' | 'in_days'; n: number } {
  const d = daysFrom(today, day);
  if (d < -1) return { key: 'days_ago', n: -d };
  if (d === -1) return { key: 'yesterday', n: 1 };
  if (d === 0) return { key: 'today', n: 0 };
  if (d === 1) return { key: 'tomorrow', n: 1 };
  return { key: 'in_days', n: d };
}
