import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart } from './dateBounds';

describe('date filter bounds', () => {
  it('when a day starts a range, then the bound is local midnight in UTC', () => {
    expect(dayStart('2025-05-03')).toBe(new Date(2025, 4, 3).toISOString());
  });

  it('when a day ends a range, then the whole day is included', () => {
    expect(dayEnd('2025-05-05')).toBe(new Date(2025, 4, 5, 23, 59, 59, 999).toISOString());
  });

  it('when the value is not a plain day, then it passes through', () => {
    expect(dayStart(null)).toBeNull();
    expect(dayEnd('2025-05-05T10:00:00Z')).toBe('2025-05-05T10:00:00Z');
  });
});
