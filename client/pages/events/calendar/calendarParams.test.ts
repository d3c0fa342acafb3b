import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './calendarParams';

describe('readParams and writeParams', () => {
  it('when the address is bare, then the defaults: screen-chosen view, today, everyone, all statuses, tasks shown', () => {
    expect(readParams(new URLSearchParams(''))).toEqual({ view: null, date: null, mine: false, statuses: [], tasks: true });
    expect(writeParams(readParams(new URLSearchParams('')))).toEqual({});
  });

  it('when choices were made, then they read back as they were written', () => {
    const p = { view: 'timeGridWeek' as const, date: '2026-12-03', mine: true, statuses: ['planned', 'approved'], tasks: false };
    expect(readParams(new URLSearchParams(writeParams(p)))).toEqual(p);
  });

  it('when the address holds unknown views, statuses or dates, then they are ignored', () => {
    expect(readParams(new URLSearchParams('view=year&date=tomorrow&status=lost,done'))).toMatchObject({ view: null, date: null, statuses: ['done'] });
  });
});
