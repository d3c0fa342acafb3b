import { describe, expect, it } from 'vitest';
import { dayKey, dayKind, groupByDay, timeOfDay } from './historyDays';

// moments built from local dates, so the tests hold in any time zone
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe('dayKey and timeOfDay', () => {
  it('when a moment is read, then its local day and time are given', () => {
    expect(dayKey(at(2026, 11, 3, 9, 5))).toBe('2026-11-03');
    expect(timeOfDay(at(2026, 11, 3, 9, 5))).toBe('09:05');
  });

  it('when the value is no date, then nothing is given', () => {
    expect(dayKey('soon')).toBe('');
    expect(timeOfDay(null)).toBe('');
  });
});

describe('dayKind', () => {
  const now = new Date(2026, 0, 1, 0, 30);

  it('when the day is today or the day before (across a year), then it says so', () => {
    expect(dayKind('2026-01-01', now)).toBe('today');
    expect(dayKind('2025-12-31', now)).toBe('yesterday');
    expect(dayKind('2025-12-30', now)).toBe('earlier');
  });
});

describe('groupByDay', () => {
  it('when entries span days, then each day gets one group in the original order', () => {
    const entries = [at(2026, 11, 3, 18), at(2026, 11, 3, 8), at(2026, 11, 1), at(2026, 11, 1)];
    const groups = groupByDay(entries, (e) => e);
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ['2026-11-03', 2],
      ['2026-11-01', 2],
    ]);
  });
});
