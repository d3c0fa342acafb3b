import { describe, expect, it } from 'vitest';
import {
  cancelledCount, chinaQuarter, chinaYear, createPlanPath, eventWhen, percentOf, planSummary, planYear, spendOf,
} from './planMath';

describe('planYear', () => {
  const now = new Date('2026-11-23T22:00:00Z');

  it('when ?year= names a year the server accepts, then that year is shown', () => {
    expect(planYear('2027', now)).toBe(2027);
    expect(planYear(' 2000 ', now)).toBe(2000);
  });

  it('when ?year= is missing, malformed or out of range, then it is this year in China', () => {
    expect(planYear(null, now)).toBe(2026);
    expect(planYear('abc', now)).toBe(2026);
    expect(planYear('2026.5', now)).toBe(2026);
    expect(planYear('1999', now)).toBe(2026);
    expect(planYear('2101', now)).toBe(2026);
  });

  it('when it is New Year in Beijing but still 31 December in UTC, then the year and quarter are Beijing’s', () => {
    const newYear = new Date('2026-12-31T16:30:00Z');
    expect(chinaYear(newYear)).toBe(2027);
    expect(chinaQuarter(newYear)).toBe(1);
    expect(chinaQuarter(new Date('2026-06-30T15:59:00Z'))).toBe(2);
    expect(chinaQuarter(new Date('2026-06-30T16:00:00Z'))).toBe(3);
  });
});

describe('spendOf', () => {
  it('when the cost is within the budget, then the bar shows the share and nothing is over', () => {
    expect(spendOf(30000, 28307)).toEqual({ ratio: 28307 / 30000, bar: 94, over: 0, settled: true });
  });

  it('when the cost exceeds the budget, then the bar is full and the excess is named', () => {
    expect(spendOf(15000, 15169)).toMatchObject({ bar: 100, over: 169, settled: true });
  });

  it('when no cost is booked yet, then the bar is empty and the event is not settled', () => {
    expect(spendOf(12000, null)).toEqual({ ratio: 0, bar: 0, over: 0, settled: false });
  });

  it('when there is no budget, then there is no ratio and any cost is over', () => {
    expect(spendOf(null, null)).toEqual({ ratio: null, bar: 0, over: 0, settled: false });
    expect(spendOf(0, 500)).toEqual({ ratio: null, bar: 100, over: 500, settled: true });
  });
});

describe('percentOf', () => {
  it('when the whole is positive, then it is a whole percent', () => {
    expect(percentOf(88, 125)).toBe('70%');
    expect(percentOf(79, 88)).toBe('90%');
  });

  it('when the whole is zero, then there is no percent', () => {
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('eventWhen', () => {
  it('when an event runs within one day, then the day is named once, in China time', () => {
    expect(eventWhen('2026-03-03T06:00:00.000Z', '2026-03-03T09:00:00.000Z', 'zh')).toBe('3月3日 周二 14:00–17:00');
    expect(eventWhen('2026-03-03T06:00:00.000Z', '2026-03-03T09:00:00.000Z', 'en')).toBe('Tue 3 Mar, 14:00–17:00');
  });

  it('when the UTC date differs from Beijing’s, then Beijing’s date is shown', () => {
    expect(eventWhen('2026-06-12T18:00:00.000Z', '2026-06-12T20:00:00.000Z', 'zh')).toBe('6月13日 周六 02:00–04:00');
  });

  it('when an event spans several days, then both days are named', () => {
    expect(eventWhen('2026-07-20T01:00:00.000Z', '2026-07-24T09:00:00.000Z', 'zh')).toBe('7月20日 周一 09:00 – 7月24日 周五 17:00');
    expect(eventWhen('2026-07-20T01:00:00.000Z', '2026-07-24T09:00:00.000Z', 'en')).toBe('Mon 20 Jul, 09:00 – Fri 24 Jul, 17:00');
  });

  it('when an event ends in the next year, then the end names its year', () => {
    expect(eventWhen('2026-12-31T12:00:00.000Z', '2026-12-31T17:00:00.000Z', 'en')).toBe('Thu 31 Dec, 20:00 – Fri 1 Jan 2027, 01:00');
  });

  it('when the start is not a date, then nothing is shown', () => {
    expect(eventWhen('', '', 'zh')).toBe('');
  });
});

describe('planSummary', () => {
  it('when the plan row comes from the API, then its shown fields are read with their types', () => {
    expect(planSummary({ id: 2, title: '2026年度CS企划', goals: '满意度 ≥ 90%', budget: '680000', status: 'approved', owner_id: 2, q1_theme: 'x' }))
      .toEqual({ id: 2, title: '2026年度CS企划', goals: '满意度 ≥ 90%', budget: 680000, status: 'approved', owner_id: 2 });
  });

  it('when there is no plan row, or empty fields, then they read as missing', () => {
    expect(planSummary(null)).toBeNull();
    expect(planSummary({ id: 3, title: 'T', goals: '  ', budget: null, status: '', owner_id: null }))
      .toEqual({ id: 3, title: 'T', goals: null, budget: null, status: null, owner_id: null });
  });
});

describe('cancelledCount and createPlanPath', () => {
  it('when events are cancelled, then they are counted apart', () => {
    expect(cancelledCount([{ status: 'done' }, { status: 'cancelled' }, { status: 'planned' }])).toBe(1);
  });

  it('when a plan is to be created, then the form opens with its year and title', () => {
    const path = createPlanPath(2028, '2028年度CS企划');
    expect(path.startsWith('/cs_plans/create?source=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.split('source=')[1]))).toEqual({ year: 2028, title: '2028年度CS企划' });
  });
});
