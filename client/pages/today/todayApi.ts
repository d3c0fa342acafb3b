import { useQuery } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import { createHttpClient } from '../../dataProvider';
import type { SectionName, TodayItem, TodayScope, TodaySection, WorkToday } from '../../../server/domain/today/types';

export type { SectionName, TodayItem, TodayScope, TodaySection, WorkToday };
export { SECTIONS } from '../../../server/domain/today/types';

/** The query key every in-place action invalidates, so a handled item leaves the page. */
export const TODAY_KEY = 'today';

/** GET /api/today?scope=…: the signed-in person's queue (server/domain/today/workToday.ts). */
export function useWorkToday(scope: TodayScope) {
  const [locale] = useLocaleState();
  return useQuery({
    queryKey: [TODAY_KEY, scope, locale],
    queryFn: async () => (await createHttpClient(() => locale)(`/api/today?scope=${scope}`)).json as WorkToday,
  });
}
