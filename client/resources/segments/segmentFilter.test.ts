import { describe, expect, it } from 'vitest';
import { customersListLink, savedFilter, segmentFilter } from './segmentFilter';

describe('segment filters', () => {
  it('when a segment holds a filter object, then it is the customers list filter; anything else is no filter', () => {
    expect(segmentFilter({ tier_id: 2, region: 'haidian' })).toEqual({ tier_id: 2, region: 'haidian' });
    expect(segmentFilter('{"q":"王"}')).toEqual({ q: '王' });
    expect(segmentFilter(['a'])).toEqual({});
    expect(segmentFilter('not json')).toEqual({});
    expect(segmentFilter(null)).toEqual({});
  });

  it('when the current filter is saved, then cleared inputs are left out', () => {
    expect(savedFilter({ q: '', tier_id: 3, region: null, tags: [], owner_id: 5 })).toEqual({ tier_id: 3, owner_id: 5 });
  });

  it('when a segment is opened in the customers list, then the address carries its filter', () => {
    const link = customersListLink({ tier_id: 3 });
    expect(link.startsWith('/customers?')).toBe(true);
    expect(JSON.parse(new URLSearchParams(link.split('?')[1]).get('filter') ?? '')).toEqual({ tier_id: 3 });
  });
});
