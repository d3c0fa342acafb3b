import type { SatisfactionReport } from '../../../../server/domain/analytics/satisfaction';
import type { HttpClient } from '../../../dataProvider';
import { dashboardSearch, type KpiQuery } from '../../dashboard/dashboardApi';

export type { SatisfactionReport };

/** The satisfaction-by-service-item report (server/domain/analytics/satisfaction.ts) as a data-provider method. */
export interface SatisfactionMethods {
  analyticsSatisfaction: (query: KpiQuery) => Promise<SatisfactionReport>;
}

export function satisfactionMethods(http: HttpClient): SatisfactionMethods {
  return {
    analyticsSatisfaction: async (query) => (await http(`/api/analytics/satisfaction${dashboardSearch(query)}`)).json as SatisfactionReport,
  };
}
