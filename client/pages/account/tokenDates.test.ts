import { describe, expect, it } from 'vitest';
import { daysFromToday, expiresOn, isExpired } from './tokenDates';

const now = new Date('2026-01-30T10:00:00Z');

describe('tokenDates', () => {
  it('when 30 days are chosen at the end of January, then the token works through the first days of March', () => {
    expect(daysFromToday(30, now)).toBe('2026-03-01');
    expect(expiresOn('30', '', now)).toBe('2026-03-01');
  });

  it('when no expiry is chosen, then null is sent', () => {
    expect(expiresOn('never', '2026-05-01', now)).toBeNull();
  });

  it('when a custom date is chosen, then that date is sent as typed, and nothing when left empty', () => {
    expect(expiresOn('custom', '2026-05-01', now)).toBe('2026-05-01');
    expect(expiresOn('custom', '', now)).toBeNull();
  });

  it('when the last day has passed, then the token is expired; on its last day it still works', () => {
    expect(isExpired({ expires_on: '2026-01-29' }, now)).toBe(true);
    expect(isExpired({ expires_on: '2026-01-30' }, now)).toBe(false);
    expect(isExpired({ expires_on: null }, now)).toBe(false);
  });
});
