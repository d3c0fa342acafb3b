import { describe, expect, it } from 'vitest';
import { chinaToday, shiftDay } from './reportPeriod';

describe('report periods', () => {
  it('When stepping weeks or months, then the day moves by 7 days or to the 1st of the next/previous month', () => {
    expect(shiftDay('week', '2026-06-17', 1)).toBe('2026-06-24');
    expect(shiftDay('week', '2026-01-02', -1)).toBe('2025-12-26');
    expect(shiftDay('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftDay('month', '2026-01-15', -1)).toBe('2025-12-01');
  });
  it('When it is 23:00 UTC, then China is already on the next day', () => {
    expect(chinaToday(Date.parse('2026-06-14T23:00:00Z'))).toBe('2026-06-15');
  });
});
