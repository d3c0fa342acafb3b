import { describe, expect, it } from 'vitest';
import type { FieldMeta } from '../../meta/types';
import { dayOf, hiddenFilterKeys, parseFilterKey } from './filterChipText';

const fields: Record<string, FieldMeta> = {
  created_at: { type: 'datetime' } as FieldMeta,
  region: { type: 'lookup', lookup: 'region' } as FieldMeta,
  last_visit_date: { type: 'date' } as FieldMeta,
};

describe('drill filters on a list', () => {
  it('when a key carries a range suffix, then it reads as the field and the bound; unknown keys stay whole', () => {
    expect(parseFilterKey('created_at_gte', fields)).toEqual({ field: 'created_at', op: 'gte' });
    expect(parseFilterKey('last_visit_date_lt', fields)).toEqual({ field: 'last_visit_date', op: 'lt' });
    expect(parseFilterKey('region', fields)).toEqual({ field: 'region', op: 'eq' });
    expect(parseFilterKey('not_visited_months', fields)).toEqual({ field: 'not_visited_months', op: 'eq' });
    expect(parseFilterKey('region_null', fields)).toEqual({ field: 'region', op: 'null' });
  });

  it('when a filter holds keys without inputs, then only those (non-empty, not the search) are hidden ones', () => {
    const filter = { q: '王', region: 'east', vehicle_model: 'lavida', created_at_gte: '2026-01-01', tags: [], stage: '', customer_type: ['owner', 'fleet'] };
    // several values cannot show in a single-choice input: they are a chip too
    expect(hiddenFilterKeys(filter, ['q', 'region', 'tier_id', 'customer_type'])).toEqual(['vehicle_model', 'created_at_gte', 'customer_type']);
  });

  it('when an instant is shown, then it reads as its China day', () => {
    expect(dayOf('2026-03-31T16:00:00.000Z')).toBe('2026-04-01');
    expect(dayOf('2026-03-01T00:00:00+08:00')).toBe('2026-03-01');
    expect(dayOf('2026-03-01')).toBe('2026-03-01');
  });
});
