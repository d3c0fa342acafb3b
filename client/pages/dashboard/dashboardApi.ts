import type { Dashboard, Kpi, KpiKey, KpiPoint, KpiQuery } from '../../../server/domain/analytics/types';
import type { HttpClient } from '../../dataProvider';

export type { Dashboard, Kpi, KpiKey, KpiPoint, KpiQuery };

/** The query string for GET /api/analytics/dashboard: only the filters that are set. */
export function dashboardSearch(query: KpiQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query) as [keyof KpiQuery, KpiQuery[keyof KpiQuery]][]) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The dashboard's KPI figures (server/domain/analytics) as a data-provider method. */
export interface DashboardMethods {
  analyticsDashboard: (query: KpiQuery) => Promise<Dashboard>;
}

export function dashboardMethods(http: HttpClient): DashboardMethods {
  return {
    analyticsDashboard: async (query) => (await http(`/api/analytics/dashboard${dashboardSearch(query)}`)).json as Dashboard,
  };
}
