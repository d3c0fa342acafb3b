import type { ComplaintAnalysis, ComplaintGroup, ComplaintMonth, ComplaintDrill } from '../../../../server/domain/analytics/complaintTypes';
import type { HttpClient } from '../../../dataProvider';
import { dashboardSearch } from '../../dashboard/dashboardApi';

export type { ComplaintAnalysis, ComplaintGroup, ComplaintMonth, ComplaintDrill };

/** The report's filters: a China-date range (always set) and an optional region. */
export interface ComplaintQuery {
  from: string;
  to: string;
  region?: string;
}

/** GET /api/analytics/complaints (server/domain/analytics/complaints.ts) as a data-provider method. */
export interface ComplaintAnalysisMethods {
  analyticsComplaints: (query: ComplaintQuery) => Promise<ComplaintAnalysis>;
}

export function complaintAnalysisMethods(http: HttpClient): ComplaintAnalysisMethods {
  return {
    analyticsComplaints: async (query) => (await http(`/api/analytics/complaints${dashboardSearch(query)}`)).json as ComplaintAnalysis,
  };
}
