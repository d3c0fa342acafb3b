import { describe, expect, it } from 'vitest';
import { amountOf, byCategory, isOver, totalsOf, varianceOf } from './budgetMath';
import { bodyOf, draftOf } from './budgetDraft';

describe('budget math', () => {
  it('when a line has no actual cost, then it has no variance and is not over', () => {
    expect(varianceOf({ planned: 100, actual: null })).toBeNull();
    expect(isOver({ planned: 100, actual: null })).toBe(false);
    expect(varianceOf({ planned: 100, actual: 120.1 })).toBe(20.1);
    expect(isOver({ planned: 100, actual: 100 })).toBe(false);
  });

  it('when some lines are booked, then totals sum planned of all and actual of the booked, with the share used', () => {
    const t = totalsOf([{ planned: 1000, actual: 1200 }, { planned: 500.5, actual: null }, { planned: 0.1, actual: 0.2 }]);
    expect(t).toEqual({ planned: 1500.6, actual: 1200.2, variance: -300.4, used: 80, over: false });
    expect(totalsOf([{ planned: 100, actual: 130 }])).toMatchObject({ variance: 30, used: 130, over: true });
  });

  it('when nothing is booked or planned, then actual, variance and share are null', () => {
    expect(totalsOf([])).toEqual({ planned: 0, actual: null, variance: null, used: null, over: false });
    expect(totalsOf([{ planned: 0, actual: 5 }])).toMatchObject({ used: null, over: true });
  });

  it('when lines share categories, then they are summed per category in the list order', () => {
    const lines = [
      { category: 'gifts', planned: 300, actual: null },
      { category: 'venue', planned: 1000, actual: 900 },
      { category: 'gifts', planned: 200, actual: 250 },
    ];
    expect(byCategory(lines, ['venue', 'catering', 'gifts'])).toEqual([
      { category: 'venue', planned: 1000, actual: 900 },
      { category: 'gifts', planned: 500, actual: 250 },
    ]);
  });

  it('when an amount is typed with separators or left empty, then the API gets a number or null; nonsense goes as typed', () => {
    expect(amountOf(' ¥1,234.50 ')).toBe(1234.5);
    expect(amountOf('')).toBeNull();
    expect(amountOf('abc')).toBe('abc');
  });
});

describe('budget line drafts', () => {
  it('when a stored line is edited and saved unchanged, then the body carries the same values', () => {
    const line = { id: 1, event_id: 2, item: '场地', category: 'venue', planned: 1000, actual: null, vendor: null, notes: '含押金' };
    expect(bodyOf(draftOf(line))).toEqual({ item: '场地', category: 'venue', planned: 1000, actual: null, vendor: null, notes: '含押金' });
  });
  it('when a new line is left empty, then the planned cost goes as null for the server to refuse as required', () => {
    expect(bodyOf(draftOf())).toMatchObject({ item: '', category: 'venue', planned: null, actual: null });
  });
});
