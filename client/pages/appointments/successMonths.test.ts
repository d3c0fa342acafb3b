import { describe, expect, it } from 'vitest';
import { lastTwelveMonths, monthLabel } from './successMonths';

describe('success-rate months', () => {
  it('when it is March 2026, then the card asks for April 2025 to March 2026', () => {
    expect(lastTwelveMonths(new Date(2026, 2, 15))).toEqual({ from: '2025-04', to: '2026-03' });
    expect(lastTwelveMonths(new Date(2026, 11, 1))).toEqual({ from: '2026-01', to: '2026-12' });
  });
  it('when a month is labelled, then in the user language', () => {
    expect(monthLabel('2026-03', 'zh')).toBe('3月');
    expect(monthLabel('2026-03', 'en')).toBe('Mar');
  });
});
