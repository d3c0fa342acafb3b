import { describe, expect, it } from 'vitest';
import { filtersOf, paramsOf } from './useReportFilters';

const FALLBACK = { from: '2026-01-01', to: '2026-11-24' };

describe('report filters in the address', () => {
  it('when the address has no filters, then the preset range applies and nothing else is set', () => {
    expect(filtersOf(new URLSearchParams(''), FALLBACK)).toEqual({ ...FALLBACK, region: undefined, owner_id: undefined, tier_id: undefined });
  });

  it('when the address holds a range, a region and ids, then they are read back; a malformed day or id is ignored', () => {
    const read = filtersOf(new URLSearchParams('from=2026-03-01&to=2026-03-31&region=east&owner_id=7&tier_id=x'), FALLBACK);
    expect(read).toEqual({ from: '2026-03-01', to: '2026-03-31', region: 'east', owner_id: 7, tier_id: undefined });
    expect(filtersOf(new URLSearchParams('from=March'), FALLBACK).from).toBe('2026-01-01');
  });

  it('when filters are written, then unset ones leave the address and a report\'s own parameters stay', () => {
    const next = paramsOf({ from: '2026-02-01', to: '2026-02-28', region: undefined, owner_id: 3 }, new URLSearchParams('tab=flow&region=west'));
    expect(Object.fromEntries(next)).toEqual({ tab: 'flow', from: '2026-02-01', to: '2026-02-28', owner_id: '3' });
  });
});
