import { useGetList } from 'react-admin';

/**
 * How many customers a segment holds right now: the server counts its filter (`range=[0,0]`, total from
 * Content-Range); the scope of the signed-in user applies as in the list.
 */
export function useSegmentCount(filter: Record<string, unknown>, enabled = true): { count: number | undefined; isPending: boolean } {
  const { total, isPending } = useGetList('customers', { filter, pagination: { page: 1, perPage: 1 } }, { enabled });
  return { count: total, isPending };
}
