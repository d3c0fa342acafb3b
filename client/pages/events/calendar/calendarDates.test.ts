import { describe, expect, it } from 'vitest';
import { createEventPath, localDay, newEventTimes, shiftDay, shiftMoment, spansDays } from './calendarDates';

// built from local wall-clock parts, so the tests hold in any time zone the runner has
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const none = { years: 0, months: 0, days: 0, milliseconds: 0 };

describe('shiftMoment and shiftDay', () => {
  it('when an event is dragged three days on, then it keeps its wall-clock time', () => {
    const moved = shiftMoment(local(2026, 11, 28, 14, 30).toISOString(), { ...none, days: 3 });
    expect(moved.getTime()).toBe(local(2026, 12, 1, 14, 30).getTime());
  });

  it('when it is dragged to another hour in the week view, then the milliseconds move it', () => {
    const moved = shiftMoment(local(2026, 11, 28, 14).toISOString(), { ...none, days: -1, milliseconds: 90 * 60_000 });
    expect(moved.getTime()).toBe(local(2026, 11, 27, 15, 30).getTime());
  });

  it('when a task is dragged over a month end, then its due day follows the calendar', () => {
    expect(shiftDay('2026-11-29', { ...none, days: 3 })).toBe('2026-12-02');
    expect(shiftDay('2026-03-01', { ...none, days: -1 })).toBe('2026-02-28');
  });
});

describe('spansDays', () => {
  it('when an event ends on the day it starts (or at the next midnight), then it is a one-day event', () => {
    expect(spansDays(local(2026, 11, 28, 9).toISOString(), local(2026, 11, 28, 17).toISOString())).toBe(false);
    expect(spansDays(local(2026, 11, 28, 9).toISOString(), local(2026, 11, 29).toISOString())).toBe(false);
  });

  it('when it runs into another day, then it spans days', () => {
    expect(spansDays(local(2026, 11, 1, 9).toISOString(), local(2026, 11, 30, 18).toISOString())).toBe(true);
    expect(spansDays(local(2026, 11, 28, 20).toISOString(), local(2026, 11, 29, 1).toISOString())).toBe(true);
  });
});

describe('newEventTimes and createEventPath', () => {
  it('when a day is clicked in the month, then the new event runs 10:00–12:00 that day', () => {
    const t = newEventTimes(local(2026, 12, 3), local(2026, 12, 4), true);
    expect(new Date(t.start_at).getTime()).toBe(local(2026, 12, 3, 10).getTime());
    expect(new Date(t.end_at).getTime()).toBe(local(2026, 12, 3, 12).getTime());
  });

  it('when days are swept in the month, then it runs from the first day 10:00 to the last day 12:00', () => {
    const t = newEventTimes(local(2026, 12, 3), local(2026, 12, 6), true);
    expect(localDay(new Date(t.end_at))).toBe('2026-12-05');
    expect(new Date(t.end_at).getHours()).toBe(12);
  });

  it('when one half-hour slot is clicked in the week, then it gets two hours; a longer sweep stays as swept', () => {
    const click = newEventTimes(local(2026, 12, 3, 14), local(2026, 12, 3, 14, 30), false);
    expect(new Date(click.end_at).getTime()).toBe(local(2026, 12, 3, 16).getTime());
    const sweep = newEventTimes(local(2026, 12, 3, 9), local(2026, 12, 3, 17), false);
    expect(new Date(sweep.end_at).getTime()).toBe(local(2026, 12, 3, 17).getTime());
  });

  it('when the create form is opened, then the times and the draft status are in ?source=', () => {
    const times = { start_at: '2026-12-03T02:00:00.000Z', end_at: '2026-12-03T04:00:00.000Z' };
    const path = createEventPath(times);
    expect(path.startsWith('/events/create?source=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(path.split('source=')[1]))).toEqual({ ...times, status: 'draft' });
  });
});
