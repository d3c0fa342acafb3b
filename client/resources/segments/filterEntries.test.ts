import { describe, expect, it } from 'vitest';
import { filterEntries } from './filterEntries';

describe('filterEntries', () => {
  it('when a saved filter mixes plain, range and search keys, then each names its field and side', () => {
    const entries = filterEntries({ tier_id: 3, last_visit_date_lte: '2026-01-01', q: '王' }, ['tier_id', 'last_visit_date']);
    expect(entries).toEqual([
      { key: 'tier_id', field: 'tier_id', bound: null, value: 3 },
      { key: 'last_visit_date_lte', field: 'last_visit_date', bound: 'to', value: '2026-01-01' },
      { key: 'q', field: null, bound: null, value: '王' },
    ]);
  });
});
