import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import { createHttpClient } from '../../dataProvider';
import { dashboardSearch } from '../dashboard/dashboardApi';
import { useReportFilters } from '../reports/kit/useReportFilters';
import type { FollowUpReport } from '../../resources/follow_ups/followUpsApi';

/**
 * The follow-up report over the shared filters kept in the address (GET /api/follow_ups/report?from&to&region&
 * owner_id&tier_id); under the 'follow_ups' key so running the cadence sweep refreshes it.
 */
export function useFollowUpReport() {
  const [filters, setFilters, today] = useReportFilters('month');
  const [locale] = useLocaleState();
  const query = useQuery({
    queryKey: ['follow_ups', 'report', filters],
    queryFn: async () => (await createHttpClient(() => locale)(`/api/follow_ups/report${dashboardSearch(filters)}`)).json as FollowUpReport,
    placeholderData: keepPreviousData,
  });
  return { filters, setFilters, today, data: query.data, error: query.error, isFetching: query.isFetching };
}
