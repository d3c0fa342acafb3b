import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';
import type { YearPlan } from './planApi';

/** One year's plan; the year shown stays on screen while the next one loads, so switching years does not flash. */
export function useYearPlan(year: number) {
  const dataProvider = useDataProvider<CrmDataProvider>();
  return useQuery<YearPlan>({
    queryKey: ['events', 'plan', year],
    queryFn: () => dataProvider.eventYearPlan(year),
    placeholderData: keepPreviousData,
  });
}
