import { describe, expect, it } from 'vitest';
import { exportUrl } from './exportUrl';

describe('exportUrl', () => {
  it('when a filtered, sorted list is exported, then the link carries its filter, order, format and language', () => {
    const url = exportUrl('customers', { format: 'xlsx', filter: { tier_id: 3, q: '王' }, sort: { field: 'name', order: 'ASC' }, locale: 'en' });
    const [path, query] = url.split('?');
    expect(path).toBe('/api/customers/export');
    const params = new URLSearchParams(query);
    expect(params.get('format')).toBe('xlsx');
    expect(JSON.parse(params.get('filter') ?? '')).toEqual({ tier_id: 3, q: '王' });
    expect(JSON.parse(params.get('sort') ?? '')).toEqual(['name', 'ASC']);
    expect(params.get('locale')).toBe('en');
  });

  it('when the language is anything but English, then the export is in Chinese', () => {
    const url = exportUrl('segments', { format: 'csv', filter: {}, sort: { field: 'id', order: 'DESC' }, locale: 'fr' });
    expect(new URLSearchParams(url.split('?')[1]).get('locale')).toBe('zh');
  });
});
