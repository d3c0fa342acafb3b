import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';
import type { RangePreset } from '../../dashboard/dateRange';
import { useReportFilters } from './useReportFilters';

/**
 * A report's filters (from its address) and its answer from GET /api/analytics/<name>; the last answer stays on
 * screen while the next loads. `extra` adds the report's own parameters to the request.
 */
export function useReport<T>(name: string, preset: RangePreset = 'year', extra: Record<string, string | number | undefined> = {}) {
  const [filters, setFilters, today] = useReportFilters(preset);
  const dataProvider = useDataProvider<CrmDataProvider>();
  const query = useQuery({
    queryKey: ['analytics', name, filters, extra],
    queryFn: () => dataProvider.analyticsReport<T>(name, { ...filters, ...extra }),
    placeholderData: keepPreviousData,
  });
  return { filters, setFilters, today, data: query.data, error: query.error, isFetching: query.isFetching };
}
