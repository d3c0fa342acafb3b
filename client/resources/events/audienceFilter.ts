/** The conditions of an audience built in the invitation dialog, as typed (the months as text so the box may be empty). */
export interface AudienceConditions {
  tierIds: number[];
  regions: string[];
  models: string[];
  notVisitedMonths: string;
  birthdayMonths: number[];
  stages: string[];
  types: string[];
}

export const emptyConditions: AudienceConditions = {
  tierIds: [], regions: [], models: [], notVisitedMonths: '', birthdayMonths: [], stages: [], types: [],
};

/** The customers list filters the builder writes, so the server's reasons can be shown beside their inputs. */
export const AUDIENCE_FILTER_KEYS = ['tier_id', 'region', 'vehicle_model', 'not_visited_months', 'birthday_month', 'lifecycle_stage', 'customer_type'] as const;

export const MAX_NOT_VISITED_MONTHS = 120;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

const sorted = <T extends string | number>(values: readonly T[]): T[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The customers list filter for the conditions: each list as sorted values (so the same choice in another order
 * is the same request), empty conditions left out; no condition at all is every customer the inviter may see.
 */
export function audienceFilter(c: AudienceConditions): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const put = (key: string, values: readonly (string | number)[]) => {
    if (values.length) filter[key] = sorted(values);
  };
  put('tier_id', c.tierIds);
  put('region', c.regions);
  put('vehicle_model', c.models);
  const months = c.notVisitedMonths.trim();
  if (months) filter.not_visited_months = /^\d+$/.test(months) ? Number(months) : months;
  put('birthday_month', c.birthdayMonths);
  put('lifecycle_stage', c.stages);
  put('customer_type', c.types);
  return filter;
}

/** What the builder can tell before asking the server, as message keys by filter name. */
export function conditionErrors(c: AudienceConditions): Record<string, string> {
  const months = c.notVisitedMonths.trim();
  if (months && !(/^\d+$/.test(months) && Number(months) >= 1 && Number(months) <= MAX_NOT_VISITED_MONTHS)) {
    return { not_visited_months: 'crm.audience.months_invalid' };
  }
  return {};
}
