import { describe, expect, it } from 'vitest';
import { colorOf, movable, nextStatuses } from './appointmentStatus';

describe('appointment status buttons', () => {
  const now = new Date('2026-05-01T08:00:00Z');
  it('when an appointment is still to come, then it may be reminded, arrive or be cancelled, but not be a no-show yet', () => {
    expect(nextStatuses('scheduled', '2026-05-02T02:00:00Z', now)).toEqual(['reminded', 'arrived', 'cancelled']);
    expect(nextStatuses('reminded', '2026-04-30T02:00:00Z', now)).toEqual(['arrived', 'no_show', 'cancelled']);
  });
  it('when it is arrived, a no-show or cancelled, then nothing is offered and it cannot be dragged', () => {
    for (const s of ['arrived', 'no_show', 'cancelled']) {
      expect(nextStatuses(s, '2026-04-30T02:00:00Z', now)).toEqual([]);
      expect(movable(s)).toBe(false);
    }
    expect(nextStatuses('nonsense', '2026-04-30T02:00:00Z', now)).toEqual([]);
    expect(colorOf('nonsense')).toBe(colorOf('scheduled'));
  });
});
