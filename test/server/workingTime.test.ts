import { describe, expect, it } from 'vitest';
import { addWorkingTime, HOUR_MS, isWorkingDay, workingTimeBetween, type WorkCalendar } from '../../server/domain/complaints/workingTime.js';

/**
 * The SLA clock counts working hours in China time (09:00–12:00 and 13:00–18:00 here): not weekends, not public
 * holidays, but the weekend days the State Council makes working days (调休). Dates from the 2025 arrangement.
 */
const cal: WorkCalendar = {
  hours: { work_start: '09:00', work_end: '18:00', lunch_start: '12:00', lunch_end: '13:00' },
  holidays: new Set(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-04-04', '2025-04-05', '2025-04-06']),
  workdays: new Set(['2025-01-26', '2025-02-08']),
};
/** An instant given as China wall-clock time. */
const cn = (local: string) => new Date(`${local}+08:00`);
const add = (local: string, hours: number) => addWorkingTime(cal, cn(local), hours * HOUR_MS).toISOString();

describe('working time (China, holidays and make-up days)', () => {
  it('when the clock runs over a weekend, then Saturday and Sunday do not count', () => {
    expect(add('2025-03-07T16:00:00', 8)).toBe(cn('2025-03-10T16:00:00').toISOString());
  });

  it('when the clock runs over lunch, then 12:00–13:00 does not count', () => {
    expect(add('2025-03-10T11:00:00', 2)).toBe(cn('2025-03-10T14:00:00').toISOString());
  });

  it('when the clock runs past the end of the day, then it goes on the next morning', () => {
    expect(add('2025-03-10T17:00:00', 2)).toBe(cn('2025-03-11T10:00:00').toISOString());
  });

  it('when a public holiday falls in the 24 working hours, then the deadline moves past it', () => {
    // Thursday before Qingming (Fri 4/4 – Sun 4/6 off): 7 h Thursday, 8 Monday, 8 Tuesday, 1 Wednesday
    expect(add('2025-04-03T10:00:00', 24)).toBe(cn('2025-04-09T10:00:00').toISOString());
  });

  it('when a make-up working Saturday follows, then the clock runs on that Saturday', () => {
    expect(isWorkingDay(cal, '2025-02-08')).toBe(true);
    expect(add('2025-02-07T17:00:00', 2)).toBe(cn('2025-02-08T10:00:00').toISOString());
    // without the make-up day it would have been Monday
    const plain = { ...cal, workdays: new Set<string>() };
    expect(addWorkingTime(plain, cn('2025-02-07T17:00:00'), 2 * HOUR_MS).toISOString()).toBe(cn('2025-02-10T10:00:00').toISOString());
  });

  it('when a complaint arrives just before the Spring Festival, then the whole week off is skipped', () => {
    // Mon 1/27 15:00: 3 h that day, 1/28–2/4 off, then Wed 2/5 and Thu 2/6 (16 h), Fri 2/7 09:00–12:00 and 13:00–15:00
    expect(add('2025-01-27T15:00:00', 24)).toBe(cn('2025-02-07T15:00:00').toISOString());
  });

  it('when the start is outside working hours, then counting starts at the next working minute', () => {
    expect(add('2025-03-08T20:00:00', 1)).toBe(cn('2025-03-10T10:00:00').toISOString());
    expect(add('2025-03-10T12:30:00', 1)).toBe(cn('2025-03-10T14:00:00').toISOString());
  });

  it('when measuring between two instants, then only working time counts, and a past deadline is negative', () => {
    expect(workingTimeBetween(cal, cn('2025-03-07T16:00:00'), cn('2025-03-10T10:00:00'))).toBe(3 * HOUR_MS);
    expect(workingTimeBetween(cal, cn('2025-03-10T10:00:00'), cn('2025-03-07T16:00:00'))).toBe(-3 * HOUR_MS);
    expect(workingTimeBetween(cal, cn('2025-04-03T18:00:00'), cn('2025-04-07T09:00:00'))).toBe(0);
    expect(workingTimeBetween(cal, cn('2025-02-07T17:30:00'), cn('2025-02-08T09:30:00'))).toBe(HOUR_MS);
  });

  it('when adding and then measuring, then the two agree', () => {
    const from = cn('2025-01-24T14:20:00');
    const to = addWorkingTime(cal, from, 37.5 * HOUR_MS);
    expect(workingTimeBetween(cal, from, to)).toBe(37.5 * HOUR_MS);
  });
});
