import { describe, expect, it } from 'vitest';
import type { Results } from './planApi';
import { quarterMoney, resultFigures, scoreOf, wholeYuan } from './planResults';

const year: Results = {
  events: 2, invited: 6, attended: 4, attendance_rate: 0.667, satisfaction: { average: 3.25, answers: 4 }, referrals: 1,
  service_visits: 1, service_revenue: 600, purchases: 2, purchase_revenue: 200000, revenue: 200600, cost: 14000, cost_per_attendee: 3500,
};

describe('resultFigures', () => {
  it('when done events have results, then the six figures read as the tiles show them', () => {
    expect(resultFigures(year)).toEqual([
      { key: 'attended', value: '4' },
      { key: 'attendance_rate', value: '66.7%' },
      { key: 'satisfaction', value: '3.3', hint: { message: 'answers', args: { smart_count: 4 } } },
      { key: 'referrals', value: '1' },
      { key: 'revenue', value: '¥200,600' },
      { key: 'cost_per_attendee', value: '¥3,500' },
    ]);
  });

  it('when nothing is done yet, then rates, scores and costs are dashes', () => {
    const none = { ...year, attended: 0, attendance_rate: null, satisfaction: { average: null, answers: 0 }, cost_per_attendee: null };
    const figures = Object.fromEntries(resultFigures(none).map((f) => [f.key, f.value]));
    expect(figures).toMatchObject({ attended: '0', attendance_rate: '—', satisfaction: '—', cost_per_attendee: '—' });
  });
});

describe('wholeYuan and scoreOf', () => {
  it('when amounts and scores are shown, then yuan are whole and scores have one decimal', () => {
    expect(wholeYuan(1234.56)).toBe('¥1,235');
    expect(wholeYuan(null)).toBe('—');
    expect(scoreOf(4.5)).toBe('4.5');
    expect(scoreOf(null)).toBeNull();
  });
});

describe('quarterMoney', () => {
  it('when the events are budgeted over the quarter budget, then the excess is named', () => {
    expect(quarterMoney(50000, 62000, 30000)).toEqual({ plan: 50000, events: 62000, actual: 30000, over: 12000, left: 0 });
  });

  it('when the events fit, then what is left is named; with no quarter budget neither is', () => {
    expect(quarterMoney(50000, 12000, 0)).toEqual({ plan: 50000, events: 12000, actual: null, over: 0, left: 38000 });
    expect(quarterMoney(null, 12000, 9000)).toMatchObject({ over: null, left: null, actual: 9000 });
  });
});
