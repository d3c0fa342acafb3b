import { describe, expect, it } from 'vitest';
import { whenWords } from './relativeDay';

describe('whenWords', () => {
  it('When a day lies behind, ahead or is today, then it reads as overdue by so many days, tomorrow or today', () => {
    expect(whenWords('2026-11-21', '2026-11-23')).toEqual({ key: 'days_ago', n: 2 });
    expect(whenWords('2026-11-22', '2026-11-23')).toEqual({ key: 'yesterday', n: 1 });
    expect(whenWords('2026-11-23', '2026-11-23')).toEqual({ key: 'today', n: 0 });
    expect(whenWords('2026-11-24', '2026-11-23')).toEqual({ key: 'tomorrow', n: 1 });
    // across a month's end
    expect(whenWords('2026-12-02', '2026-11-29')).toEqual({ key: 'in_days', n: 3 });
  });
});
