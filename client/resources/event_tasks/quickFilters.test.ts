import { describe, expect, it } from 'vitest';
import { isOn, quickFilter, toggle } from './quickFilters';

const ME = 4;
const TODAY = '2026-11-24';

describe('quick filters', () => {
  it('When "overdue" is clicked, then open tasks due before today are asked for, beside the search the user typed', () => {
    const next = toggle({ q: '礼品' }, 'overdue', ME, TODAY);
    expect(next).toEqual({ q: '礼品', status_neq: ['done', 'checked'], due_date_lt: TODAY });
    expect(isOn(next, 'overdue', ME, TODAY)).toBe(true);
    expect(isOn(next, 'open', ME, TODAY)).toBe(false); // one chip lit for one choice
  });

  it('When an active quick filter is clicked again, then only its own values go', () => {
    const on = toggle({ q: '礼品', event_id: 3 }, 'mine', ME, TODAY);
    expect(on).toEqual({ q: '礼品', event_id: 3, person: '4' });
    expect(toggle(on, 'mine', ME, TODAY)).toEqual({ q: '礼品', event_id: 3 });
  });

  it('When "to check" follows "overdue", then the due-date bound is dropped and the status condition replaced', () => {
    const overdue = toggle({}, 'overdue', ME, TODAY);
    expect(toggle(overdue, 'to_check', ME, TODAY)).toEqual(quickFilter('to_check', ME, TODAY));
  });
});
