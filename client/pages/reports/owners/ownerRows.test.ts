import { describe, expect, it } from 'vitest';
import { groupRows, modelRows, totalsRow, type Labellers, type OwnerComposition } from './ownerRows';

const drill = (filter: Record<string, unknown>) => ({ resource: 'customers' as const, filter });
const counted = (count: number, filter: Record<string, unknown> = {}) => ({ count, drill: drill(filter) });

const data: OwnerComposition = {
  from: '2026-01-01', to: '2026-03-31', scope: 'department',
  totals: { owners: counted(5), vehicles: 8, serviced: counted(2), revenue: 650 },
  by_type: [{ code: 'owner', owners: counted(4, { customer_type: 'owner' }), share: 0.8, serviced: counted(2), revenue: 650 }],
  by_model: [{ code: 'ev', vehicles: 3, owners: counted(2, { vehicle_model: 'ev' }), share: 0.375, serviced: counted(1, { visited: 'ev' }), visits: 1, revenue: 150 }],
  by_region: [],
  by_industry: [{ code: null, owners: counted(1, { industry_null: true }), share: 0.2, serviced: counted(0), revenue: 0 }],
};
const labellers: Labellers = { enumLabel: (list, code) => `${list}:${code}`, lookup: (type, code) => `${type}/${code}`, notRecorded: '未填写' };

describe('owner report rows', () => {
  it('When groups are turned into rows, then names come from the enum or lookup, an empty code reads "not recorded", and the serviced rate is of the group', () => {
    expect(groupRows(data, 'by_type', labellers)[0]).toMatchObject({ label: 'customer_type:owner', owners: 4, serviced: 2, serviced_rate: 0.5, drill: drill({ customer_type: 'owner' }) });
    expect(groupRows(data, 'by_industry', labellers)[0]).toMatchObject({ label: '未填写', serviced_rate: 0 });
  });

  it('When models are turned into rows, then they carry the vehicles and open the model\'s owners or its serviced owners', () => {
    expect(modelRows(data, labellers)[0]).toMatchObject({ label: 'vehicle_model/ev', vehicles: 3, share: 0.375, drill: drill({ vehicle_model: 'ev' }), serviced_drill: drill({ visited: 'ev' }) });
  });

  it('When the totals row is built, then it is all owners at 100 %', () => {
    expect(totalsRow(data, '合计')).toMatchObject({ label: '合计', owners: 5, share: 1, serviced: 2, serviced_rate: 0.4, vehicles: 8, revenue: 650 });
  });
});
