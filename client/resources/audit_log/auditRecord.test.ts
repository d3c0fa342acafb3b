import { describe, expect, it } from 'vitest';
import { auditListPath, recordPath } from './auditRecord';

const known = (r: string) => r === 'customers';

describe('recordPath', () => {
  it('when a known record was changed, then the row leads to its show page', () => {
    expect(recordPath({ action: 'update', resource: 'customers', record_id: 7 }, known)).toBe('/customers/7/show');
  });

  it('when the record was deleted, then there is nowhere to go', () => {
    expect(recordPath({ action: 'delete', resource: 'customers', record_id: 7 }, known)).toBeNull();
  });

  it('when the resource is unknown to the client, or there is no record, then there is no link', () => {
    expect(recordPath({ action: 'update', resource: 'gone', record_id: 7 }, known)).toBeNull();
    expect(recordPath({ action: 'login', resource: 'customers', record_id: null }, known)).toBeNull();
  });
});

describe('auditListPath', () => {
  it('when a filter is given, then the list URL carries it as react-admin reads it', () => {
    const url = new URL(auditListPath({ resource: 'customers', record_id: 7 }), 'http://x');
    expect(url.pathname).toBe('/audit_log');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ resource: 'customers', record_id: 7 });
  });
});
