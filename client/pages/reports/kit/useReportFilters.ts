import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { presetRange, type RangePreset } from '../../dashboard/dateRange';
import type { DashboardFilterValues } from '../../dashboard/DashboardFilters';
import { chinaToday } from '../../followups/reportPeriod';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d{1,12}$/;

/** The filters a report's address holds (`?from=…&to=…&region=…&owner_id=…&tier_id=…`), the preset's range where unset. */
export function filtersOf(params: URLSearchParams, fallback: { from: string; to: string }): DashboardFilterValues {
  const from = params.get('from');
  const to = params.get('to');
  const id = (name: string) => {
    const v = params.get(name);
    return v && ID.test(v) ? Number(v) : undefined;
  };
  return {
    from: from && DAY.test(from) ? from : fallback.from,
    to: to && DAY.test(to) ? to : fallback.to,
    region: params.get('region') || undefined,
    owner_id: id('owner_id'),
    tier_id: id('tier_id'),
  };
}

/** The address's query for the filters; other parameters (a report's own, like a tab) are kept. */
export function paramsOf(filters: DashboardFilterValues, keep: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(keep);
  for (const name of ['from', 'to', 'region', 'owner_id', 'tier_id'] as const) {
    const v = filters[name];
    if (v === undefined || v === null || v === '') next.delete(name);
    else next.set(name, String(v));
  }
  return next;
}

/**
 * A report's filters kept in its address, so a reload, a bookmark or a link sent to a colleague opens the same
 * numbers; the range defaults to a preset counted from today (China time).
 */
export function useReportFilters(preset: RangePreset = 'year'): [DashboardFilterValues, (next: DashboardFilterValues) => void, string] {
  const [params, setParams] = useSearchParams();
  const today = chinaToday();
  const filters = useMemo(() => filtersOf(params, presetRange(preset, today)), [params, preset, today]);
  const set = useCallback((next: DashboardFilterValues) => setParams((current) => paramsOf(next, current), { replace: true }), [setParams]);
  return [filters, set, today];
}
