import { useGetList, useLocaleState } from 'react-admin';
import { lookupChoices, lookupLabel, type LookupChoice, type LookupRecord } from './lookupLabel';

const ALL = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'sort_order', order: 'ASC' as const }, filter: {} };
const EMPTY: LookupRecord[] = [];

/**
 * Every lookup entry, loaded once (`/api/lookups?range=[0,999]`) and shared through react-query's cache;
 * editing a lookup through react-admin refreshes it.
 */
export function useLookups(): { lookups: LookupRecord[]; isPending: boolean } {
  const { data, isPending } = useGetList<LookupRecord>('lookups', ALL, { staleTime: 10 * 60 * 1000 });
  return { lookups: data ?? EMPTY, isPending };
}

/** The label of one code in the current language. */
export function useLookupLabel(type: string, code: unknown): string {
  const { lookups } = useLookups();
  const [locale] = useLocaleState();
  return lookupLabel(lookups, type, code, locale);
}

export function useLookupChoices(type: string, current?: unknown): { choices: LookupChoice[]; isPending: boolean } {
  const { lookups, isPending } = useLookups();
  const [locale] = useLocaleState();
  return { choices: lookupChoices(lookups, type, locale, current), isPending };
}
