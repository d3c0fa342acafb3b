import { describe, expect, it } from 'vitest';
import { eventWhen } from './eventTime';

const at = (d: number, h: number, m = 0) => new Date(2026, 4, d, h, m).toISOString();

describe('eventWhen', () => {
  it('When the event ends the day it starts, then the end is only a time', () => {
    expect(eventWhen(at(1, 14), at(1, 17, 30), 'zh')).toBe('2026-05-01 14:00–17:30');
  });
  it('When the event spans days, then both moments are given', () => {
    expect(eventWhen(at(1, 9), at(2, 18), 'zh')).toBe('2026-05-01 09:00 – 2026-05-02 18:00');
  });
  it('When the end is missing, then the start alone is given', () => {
    expect(eventWhen(at(1, 9), null, 'en')).toBe('1 May 2026, 09:00');
  });
});
