import type { YearPlan } from '../../../../server/domain/event/yearPlan';
import type { HttpClient } from '../../../dataProvider';

export type { EventResults, PlanEvent, Results, Totals, YearPlan } from '../../../../server/domain/event/yearPlan';

/** The CS plan page's one call: a year's plan, its events by quarter and their totals (GET /api/events/plan/:year). */
export interface PlanMethods {
  eventYearPlan: (year: number) => Promise<YearPlan>;
}

export function planMethods(http: HttpClient): PlanMethods {
  return {
    eventYearPlan: async (year) => (await http(`/api/events/plan/${encodeURIComponent(String(year))}`)).json as YearPlan,
  };
}
