import { describe, expect, it } from 'vitest';
import { hoursMinutes } from './slaText';
import { slaState } from '../../../server/domain/complaints/slaState';

describe('SLA texts and states', () => {
  it('when a span is given in ms, then it reads as whole hours and minutes', () => {
    expect(hoursMinutes((3 * 60 + 20) * 60_000 + 59_000)).toEqual({ h: 3, m: 20 });
    expect(hoursMinutes(-90 * 60_000)).toEqual({ h: 1, m: 30 });
  });

  it('when the deadline is inside the warning horizon, past, paused or met, then the state says so', () => {
    const now = new Date('2026-11-24T02:00:00Z');
    const soon = new Date('2026-11-24T06:00:00Z');
    const base = { status: 'received', received_at: '2026-11-23T02:00:00Z', first_response_due_at: '2026-11-24T05:00:00Z', resolve_due_at: '2026-11-27T02:00:00Z' };
    expect(slaState(base, now, soon)).toMatchObject({ state: 'due_soon', clock: 'first_response' });
    expect(slaState({ ...base, first_response_due_at: '2026-11-24T01:00:00Z' }, now, soon).state).toBe('breached');
    expect(slaState({ ...base, first_response_due_at: '2026-11-25T01:00:00Z' }, now, soon).state).toBe('ok');
    expect(slaState({ ...base, paused_at: '2026-11-23T08:00:00Z' }, now, soon).state).toBe('paused');
    expect(slaState({ ...base, status: 'assigned', responded_at: '2026-11-23T03:00:00Z' }, now, soon)).toMatchObject({ state: 'ok', clock: 'resolve' });
    const done = { ...base, status: 'closed', responded_at: '2026-11-23T03:00:00Z', resolved_at: '2026-11-26T02:00:00Z' };
    expect(slaState(done, now, soon).state).toBe('met');
    expect(slaState({ ...done, resolved_at: '2026-11-28T02:00:00Z' }, now, soon).state).toBe('late');
  });
});
