import { describe, expect, it } from 'vitest';
import type { Scorecard } from './eventsApi';
import { formatRate, scorecardTiles } from './scorecardTiles';

const card: Scorecard = {
  event_id: 1, invited: 120, confirmed: 80, declined: 10, waitlisted: 5, attended: 66, walk_ins: 4, no_shows: 18,
  attendance_rate: 0.55, show_rate: 0.825, new_prospects: 3, referrals: 2, service_visits: 9, service_revenue: 12345.5,
  purchases: 1, purchase_revenue: 189900, satisfaction: { average: 4.36, answers: 25 }, cost: 20000, cost_per_attendee: 303.03,
  follow_ups: { attendees: { scheduled: 66, done: 25 }, no_shows: { scheduled: 18, done: 3 } },
  window: { from: '2026-05-01T06:00:00Z', to: '2026-05-31T09:00:00Z' },
};
const tile = (key: string, s = card) => scorecardTiles(s).flatMap((g) => g.tiles).find((t) => t.key === key);

describe('formatRate', () => {
  it('When a rate is given, then it reads as a percentage to one decimal', () => {
    expect(formatRate(0.825)).toBe('82.5%');
    expect(formatRate(1)).toBe('100%');
  });
  it('When nobody was invited, then the rate is a dash', () => {
    expect(formatRate(null)).toBe('—');
  });
});

describe('scorecardTiles', () => {
  it('When the event has figures, then every figure of the brief is shown once in four groups', () => {
    const groups = scorecardTiles(card);
    expect(groups.map((g) => g.key)).toEqual(['turnout', 'conversion', 'quality', 'follow_up']);
    expect(groups.flatMap((g) => g.tiles).map((t) => t.key)).toEqual([
      'invited', 'confirmed', 'attended', 'attendance_rate', 'walk_ins', 'no_shows',
      'new_prospects', 'referrals', 'service_visits', 'purchases', 'satisfaction', 'cost_per_attendee',
      'follow_ups_attendees', 'follow_ups_no_shows',
    ]);
    expect(tile('invited')?.label).toBe('crm.events.scorecard.invited');
    expect(groups[3].label).toBe('crm.plan.scorecard.group_follow_up');
  });
  it('When revenue and cost are known, then they come as hints in yuan', () => {
    expect(tile('service_visits')?.hint).toEqual({ message: 'crm.events.scorecard.revenue', args: { amount: '¥12,345.50' } });
    expect(tile('cost_per_attendee')?.value).toBe('¥303.03');
    expect(tile('attendance_rate')).toMatchObject({ value: '55%', hint: { args: { rate: '82.5%' } } });
    expect(tile('satisfaction')?.value).toBe('4.4 / 5');
  });
  it('When nobody answered or nothing was spent, then those read as dashes', () => {
    const empty = { ...card, satisfaction: { average: null, answers: 0 }, cost: null, cost_per_attendee: null, no_shows: 0 };
    expect(tile('satisfaction', empty)?.value).toBe('—');
    expect(tile('cost_per_attendee', empty)).toMatchObject({ value: '—', hint: undefined });
    expect(tile('no_shows', empty)?.tone).toBeUndefined();
  });
  it('When after-event calls were scheduled, then each group reads done of scheduled; before that, a dash and when they come', () => {
    expect(tile('follow_ups_attendees')).toMatchObject({ value: '25 / 66', label: 'crm.plan.scorecard.follow_ups_attendees', hint: { message: 'crm.plan.scorecard.follow_ups_hint' } });
    expect(tile('follow_ups_no_shows')?.value).toBe('3 / 18');
    const before = { ...card, follow_ups: { attendees: { scheduled: 0, done: 0 }, no_shows: { scheduled: 0, done: 0 } } };
    expect(tile('follow_ups_attendees', before)).toMatchObject({ value: '—', hint: { message: 'crm.plan.scorecard.follow_ups_none' } });
  });
});
