/** The dashboard's date presets, in China dates (YYYY-MM-DD, inclusive), counted from today. */
export type RangePreset = 'month' | 'last30' | 'quarter' | 'year';

export const RANGE_PRESETS: RangePreset[] = ['month', 'last30', 'quarter', 'year'];

export interface DateRange {
  from: string;
  to: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function presetRange(preset: RangePreset, today: string): DateRange {
  const d = new Date(`${today}T00:00:00Z`);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  switch (preset) {
    case 'month':
      return { from: day(new Date(Date.UTC(year, month, 1))), to: today };
    case 'last30':
      return { from: day(new Date(d.getTime() - 29 * 86_400_000)), to: today };
    case 'quarter':
      return { from: day(new Date(Date.UTC(year, month - (month % 3), 1))), to: today };
    case 'year':
      return { from: `${year}-01-01`, to: today };
  }
}

/** Which preset a range is, so its button shows pressed; null for a range picked by hand. */
export function presetOf(range: DateRange, today: string): RangePreset | null {
  return RANGE_PRESETS.find((p) => {
    const r = presetRange(p, today);
    return r.from === range.from && r.to === range.to;
  }) ?? null;
}
