import { describe, expect, it } from 'vitest';
import { dashboardTable } from './dashboardTable';
import type { Dashboard } from './dashboardApi';

const dashboard: Dashboard = {
  from: '2026-10-26', to: '2026-11-24', scope: 'department',
  kpis: [{
    key: 'churn', value: 0.055, count: 1240, met: 68, target: 0.05, lower_is_better: true, on_target: false,
    trend: [{ month: '2026-10', value: 0.04, count: 1200 }, { month: '2026-11', value: null, count: 0 }],
    drill: { resource: 'customers', filter: {} },
  }],
};

describe('the dashboard as a sheet', () => {
  it('when exported, then each KPI is a row with its value, target, verdict, counts and months in percent', () => {
    const table = dashboardTable(dashboard, (key) => key.replace('crm.dashboard.', ''));
    expect(table.columns).toEqual(['export.kpi', 'export.value (%)', 'export.target (%)', 'export.on_target', 'export.met', 'export.count', '2026-10 (%)', '2026-11 (%)']);
    expect(table.rows).toEqual([['kpis.churn', 5.5, 5, 'off_target', 68, 1240, 4, null]]);
  });
});
