import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocaleState } from 'react-admin';
import { createHttpClient } from '../../dataProvider';
import type { Candidate, CandidatePage } from '../../../server/domain/duplicates/candidates';
import type { Review } from '../../../server/domain/duplicates/review';
import type { MergeResult } from '../../../server/domain/duplicates/merge';
import type { Choice } from '../../../server/domain/duplicates/mergeValues';
import type { Level, Match, ReasonFilter } from '../../../server/domain/duplicates/score';

export type { Candidate, CandidatePage, Choice, Level, Match, MergeResult, ReasonFilter, Review };
export { REASON_FILTERS } from '../../../server/domain/duplicates/score';

/** Every query of the page shares this key: a merge or a judgement refreshes them all. */
export const DUPLICATES_KEY = 'duplicates';

export interface Dismissal {
  id: number;
  note: string | null;
  created_at: string;
  dismissed_by_name: string | null;
  a: { id: number; name: string; phone: string | null };
  b: { id: number; name: string; phone: string | null };
}

export interface MergedRecord {
  id: number;
  removed_id: number;
  removed_name: string | null;
  moved: Record<string, number>;
  created_at: string;
  merged_by_name: string | null;
}

function useHttp() {
  const [locale] = useLocaleState();
  return { locale, http: createHttpClient(() => locale) };
}

const search = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(values).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

export function useCandidates(filter: { reason?: ReasonFilter; level?: Level }, page: number, perPage: number) {
  const { locale, http } = useHttp();
  return useQuery({
    queryKey: [DUPLICATES_KEY, 'pairs', filter, page, perPage, locale],
    queryFn: async () => (await http(`/api/duplicates?${search({ ...filter, offset: page * perPage, limit: perPage })}`)).json as CandidatePage,
    placeholderData: keepPreviousData,
  });
}

export function useCustomerCandidates(customerId: number | undefined) {
  const { locale, http } = useHttp();
  return useQuery({
    queryKey: [DUPLICATES_KEY, 'customer', customerId, locale],
    queryFn: async () => ((await http(`/api/duplicates/customers/${customerId}`)).json as { pairs: Candidate[] }).pairs,
    enabled: customerId !== undefined,
  });
}

export function useReview(keep: number | null, remove: number | null) {
  const { locale, http } = useHttp();
  return useQuery({
    queryKey: [DUPLICATES_KEY, 'review', keep, remove, locale],
    queryFn: async () => (await http(`/api/duplicates/review?${search({ keep: keep ?? undefined, remove: remove ?? undefined })}`)).json as Review,
    enabled: keep !== null && remove !== null,
    placeholderData: keepPreviousData,
  });
}

export function useDismissals(page: number, perPage: number) {
  const { locale, http } = useHttp();
  return useQuery({
    queryKey: [DUPLICATES_KEY, 'dismissals', page, perPage, locale],
    queryFn: async () => (await http(`/api/duplicates/dismissals?${search({ offset: page * perPage, limit: perPage })}`)).json as { total: number; rows: Dismissal[] },
  });
}

export function useMerges(customerId: number | undefined) {
  const { locale, http } = useHttp();
  return useQuery({
    queryKey: [DUPLICATES_KEY, 'merges', customerId, locale],
    queryFn: async () => (await http(`/api/duplicates/merges?customer_id=${customerId}`)).json as MergedRecord[],
    enabled: customerId !== undefined,
  });
}

export function useRemovedHistory(mergeId: number | null) {
  const { locale, http } = useHttp();
  return useQuery({
    queryKey: [DUPLICATES_KEY, 'history', mergeId, locale],
    queryFn: async () => (await http(`/api/duplicates/merges/${mergeId}/history`)).json as Record<string, unknown>[],
    enabled: mergeId !== null,
  });
}

export interface MergeBody {
  keep_id: number;
  remove_id: number;
  keep_version: number;
  remove_version: number;
  fields: Record<string, Choice>;
}

/** The page's writes: merge, judge a pair different, undo a judgement; each refreshes the page's queries. */
export function useDuplicateActions() {
  const { http } = useHttp();
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: [DUPLICATES_KEY] });
  const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });
  return {
    merge: useMutation({
      mutationFn: async (body: MergeBody) => (await http('/api/duplicates/merge', json(body))).json as MergeResult,
      onSuccess: done,
    }),
    dismiss: useMutation({
      mutationFn: async (ids: [number, number]) => (await http('/api/duplicates/dismissals', json({ ids }))).json as { id: number },
      onSuccess: done,
    }),
    undo: useMutation({
      mutationFn: async (id: number) => (await http(`/api/duplicates/dismissals/${id}`, { method: 'DELETE' })).json as unknown,
      onSuccess: done,
    }),
  };
}
